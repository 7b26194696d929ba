package dev.contentlint.core.config;

import dev.contentlint.core.rule.Severity;
import java.util.List;

/**
 * The effective config for one file with where each part of it was set: what {@code contentlint config}
 * prints. Values are the bound Java values (options) or the values as written (settings).
 *
 * @param path     the file, relative to the config's base directory
 * @param settings the top-level settings, core keys first, then those rule providers declare, by key
 * @param rules    the enabled rules, in id order
 */
public record ConfigExplanation(String path, List<Setting> settings, List<EnabledRule> rules) {
    public ConfigExplanation {
        settings = List.copyOf(settings);
        rules = List.copyOf(rules);
    }

    /**
     * One top-level setting.
     *
     * @param value   as written (or the default), null for an unset value or when {@code builtIn}
     * @param builtIn the value is its provider's built-in default, which has no form worth printing (such
     *                as the shipped disclaimer topics)
     */
    public record Setting(String key, Object value, Origin origin, boolean builtIn) {}

    /**
     * One enabled rule.
     *
     * @param severityOrigin where the severity was set; {@link Origin#DEFAULT} for the rule's own default
     * @param enabledBy      the last entry that named the rule, which is what turned it on
     */
    public record EnabledRule(String id, Severity severity, Origin severityOrigin, Origin enabledBy,
                              List<OptionSetting> options) {
        public EnabledRule {
            options = List.copyOf(options);
        }
    }

    /** One option of a rule, with its bound value (the default when nothing sets it). */
    public record OptionSetting(String key, Object value, Origin origin) {}
}
