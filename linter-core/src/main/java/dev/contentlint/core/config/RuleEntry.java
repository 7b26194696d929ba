package dev.contentlint.core.config;

import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.Map;

/**
 * One rule as a single {@code rules:} section names it: naming a rule turns it on unless it says
 * {@code off}.
 *
 * @param off      the entry turns the rule off
 * @param severity the severity it sets, or null to keep the one in effect (the rule's default at first)
 * @param options  option values by config key, in the order written
 * @param keyPath  e.g. {@code rules.freshness/stale-date} or {@code overrides[0].rules.freshness/stale-date}
 * @param severityLine the line of the {@code severity:} key when it has its own line, else {@code line}
 */
record RuleEntry(String id, boolean off, Severity severity, Map<String, OptionValue> options, Path file, int line,
                 String keyPath, int severityLine) {
    RuleEntry {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** An entry whose severity, if any, is written on the rule's own line. */
    RuleEntry(String id, boolean off, Severity severity, Map<String, OptionValue> options, Path file, int line,
              String keyPath) {
        this(id, off, severity, options, file, line, keyPath, line);
    }
}
