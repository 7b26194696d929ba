package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;
import java.time.LocalDate;

/** What a corpus-level check sees: where to report, this rule's options, and today. */
public interface CorpusContext {
    /** Reports a finding in the file at {@code path} (relative, as the summaries are keyed). */
    void report(String path, Location location, String message);

    /**
     * Reports a finding with suggested fixes and extra properties (either may be empty); a
     * {@link Finding#DETAIL} property lets inline comments hide just that check, as for per-file findings.
     */
    default void report(String path, Location location, String message, java.util.List<Fix> fixes,
                        java.util.Map<String, String> properties) {
        report(path, location, message);
    }

    /** This rule's options for the file at {@code path} (overrides apply per file). */
    <T extends Record> T options(String path, Class<T> type);

    /** Whether this rule is enabled for the file at {@code path}. */
    boolean enabledFor(String path);

    LocalDate today();

    /**
     * Reports a note about the run rather than a problem (e.g. a check that had to be skipped): always at
     * {@link Severity#INFO}, whatever severity the rule is configured at.
     */
    default void reportNote(String path, Location location, String message) {
        report(path, location, message);
    }

    /** A shared service of the run, as {@link RuleContext#service} gives it; throws when no factory knows the type. */
    default <T> T service(Class<T> type) {
        throw new IllegalStateException("No service " + type.getName() + " in this context");
    }
}
