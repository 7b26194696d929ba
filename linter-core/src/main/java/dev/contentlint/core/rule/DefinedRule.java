package dev.contentlint.core.rule;

/**
 * A rule whose metadata is data rather than a {@link RuleInfo} annotation, such as a style rule a
 * user writes in YAML; a {@link RuleDefiner} creates it while the config loads.
 */
public interface DefinedRule extends Rule {
    /** The rule's id, summary, default severity, category and documentation link. */
    RuleMeta meta();

    /**
     * Everything that decides the rule's findings as canonical text (e.g. its source file's content), so
     * the run cache notices when a definition changes while the config file does not.
     */
    String definition();
}
