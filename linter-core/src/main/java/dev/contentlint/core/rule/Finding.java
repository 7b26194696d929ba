package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;
import java.util.List;
import java.util.Map;

/**
 * One problem found in one file.
 *
 * @param ruleId     the rule's id, e.g. {@code freshness/stale-date}
 * @param severity   severity after config
 * @param message    the fact and the fix, in one or two sentences
 * @param path       file path relative to the run's base directory, with {@code /}
 * @param location   exact source position
 * @param fixes      suggested fixes, possibly none
 * @param properties extra machine-readable facts (e.g. {@code languagetoolRule}), possibly none
 */
public record Finding(String ruleId, Severity severity, String message, String path, Location location,
                      List<Fix> fixes, Map<String, String> properties) implements Comparable<Finding> {
    /**
     * The property naming the finer check behind a finding (e.g. a LanguageTool rule id): inline comments can
     * hide just that check with {@code rule-id:detail}.
     */
    public static final String DETAIL = "detail";

    public Finding {
        fixes = List.copyOf(fixes);
        properties = Map.copyOf(properties);
    }

    public Finding(String ruleId, Severity severity, String message, String path, Location location) {
        this(ruleId, severity, message, path, location, List.of(), Map.of());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, path, location, fixes, properties);
    }

    /** Orders by path, position, rule id and message: the order every output uses. */
    @Override
    public int compareTo(Finding o) {
        int c = path.compareTo(o.path);
        if (c == 0) c = location.compareTo(o.location);
        if (c == 0) c = ruleId.compareTo(o.ruleId);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }
}
