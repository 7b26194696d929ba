package dev.contentlint.core.config;

import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one effective config changes against another: rules it enables that the other does not, rules it
 * leaves off that the other enables, and rules both enable with another severity or other option values.
 *
 * @param changes by rule id
 */
public record ConfigDiff(List<RuleChange> changes) {
    public ConfigDiff {
        changes = List.copyOf(changes);
    }

    /** How a rule differs. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One rule that differs.
     *
     * @param from    the severity in the base config, null when the base does not enable the rule
     * @param to      the severity in the other config, null when it does not enable the rule
     * @param options for a changed rule the options whose values differ; for an added rule the options its
     *                config sets (a default that stays a default is no change)
     */
    public record RuleChange(String id, Change change, Severity from, Severity to, List<OptionChange> options) {
        public RuleChange {
            options = List.copyOf(options);
        }
    }

    /** One option whose value differs; {@code from} is null for a rule the base does not enable. */
    public record OptionChange(String key, Object from, Object to) {}

    /** What {@code other} changes against {@code base}. */
    public static ConfigDiff between(ConfigExplanation base, ConfigExplanation other) {
        Map<String, ConfigExplanation.EnabledRule> before = byId(base);
        Map<String, ConfigExplanation.EnabledRule> after = byId(other);
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (String id : ids) {
            ConfigExplanation.EnabledRule b = before.get(id);
            ConfigExplanation.EnabledRule a = after.get(id);
            if (b == null) {
                List<OptionChange> set = new ArrayList<>();
                for (ConfigExplanation.OptionSetting o : a.options())
                    if (o.origin().kind() != Origin.Kind.DEFAULT) set.add(new OptionChange(o.key(), null, o.value()));
                changes.add(new RuleChange(id, Change.ADDED, null, a.severity(), set));
            } else if (a == null) {
                changes.add(new RuleChange(id, Change.REMOVED, b.severity(), null, List.of()));
            } else {
                List<OptionChange> differ = new ArrayList<>();
                Map<String, Object> was = new LinkedHashMap<>();
                for (ConfigExplanation.OptionSetting o : b.options()) was.put(o.key(), o.value());
                for (ConfigExplanation.OptionSetting o : a.options()) {
                    Object old = was.get(o.key());
                    // Compared as written: bound values such as patterns have no equals.
                    if (!ConfigValues.text(old).equals(ConfigValues.text(o.value())))
                        differ.add(new OptionChange(o.key(), old, o.value()));
                }
                if (a.severity() != b.severity() || !differ.isEmpty())
                    changes.add(new RuleChange(id, Change.CHANGED, b.severity(), a.severity(), differ));
            }
        }
        return new ConfigDiff(changes);
    }

    private static Map<String, ConfigExplanation.EnabledRule> byId(ConfigExplanation e) {
        Map<String, ConfigExplanation.EnabledRule> out = new LinkedHashMap<>();
        for (ConfigExplanation.EnabledRule r : e.rules()) out.put(r.id(), r);
        return out;
    }
}
