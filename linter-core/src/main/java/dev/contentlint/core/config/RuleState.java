package dev.contentlint.core.config;

import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule's settings after merging entries in order: later entries win, options merge key by key.
 *
 * @param severity the last severity given, or null for the rule's default
 * @param file     where the rule was last named (for errors that concern the rule as a whole)
 * @param severitySetBy the entry that gave {@code severity}, or null when it is the rule's default
 */
record RuleState(String id, boolean enabled, Severity severity, Map<String, OptionValue> options, Path file, int line,
                 String keyPath, RuleEntry severitySetBy) {
    RuleState {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    static RuleState of(RuleEntry e) {
        return new RuleState(e.id(), !e.off(), e.severity(), e.options(), e.file(), e.line(), e.keyPath(),
                e.severity() != null ? e : null);
    }

    /** This state with a later entry for the same rule applied on top. */
    RuleState with(RuleEntry e) {
        Map<String, OptionValue> merged = new LinkedHashMap<>(options);
        merged.putAll(e.options());
        boolean sets = e.severity() != null;
        return new RuleState(id, !e.off(), sets ? e.severity() : severity, merged, e.file(), e.line(),
                e.keyPath(), sets ? e : severitySetBy);
    }
}
