package dev.contentlint.rules.grammar;

/**
 * The LanguageTool rules {@code grammar/languagetool} switches off unless told otherwise, chosen by reading
 * its findings on real documentation (docs/grammar.md records the sample): each misfires on technical writing
 * far more often than it finds a real problem.
 */
final class Defaults {
    /** As YAML list items, for the option's default. */
    static final String DISABLED_YAML = "WHITESPACE_RULE, UPPERCASE_SENTENCE_START";

    private Defaults() {
    }
}
