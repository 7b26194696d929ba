package dev.contentlint.core.config;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.util.Map;

/**
 * The rules enabled for one file.
 *
 * @param rules enabled rules by id, in id order
 */
public record FileConfig(Map<String, EnabledRule> rules) {
    /**
     * One enabled rule with its effective severity and bound options (null when the rule has none).
     */
    public record EnabledRule(RuleMeta meta, Rule rule, Severity severity, Record options) {}

    public FileConfig {
        rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    }
}
