package dev.contentlint.rules;

/** Which built-in rules start LanguageTool, so tests of them can be tagged {@code slow} apart from the rest. */
final class LanguageToolRules {
    private LanguageToolRules() {}

    /** Whether the rule checks prose with LanguageTool: the grammar and spelling families do. */
    static boolean uses(String id) {
        return id.startsWith("grammar/") || id.startsWith("spelling/");
    }
}
