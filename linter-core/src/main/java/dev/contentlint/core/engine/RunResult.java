package dev.contentlint.core.engine;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one run: every finding in output order, the files looked at, and the metadata of
 * every rule that could have reported (enabled rules and the engine's own {@code contentlint/*} ids).
 *
 * @param findings findings sorted by path, position and rule
 * @param files    relative paths of all files checked, sorted
 * @param rules    metadata of the rules in play, sorted by id
 * @param elapsed  wall time of the run
 */
public record RunResult(List<Finding> findings, List<String> files, List<RuleMeta> rules, Duration elapsed) {
    public RunResult {
        findings = findings.stream().sorted().toList();
        files = files.stream().sorted().toList();
        rules = rules.stream().sorted(java.util.Comparator.comparing(RuleMeta::id)).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public RuleMeta rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
