package dev.contentlint.core.engine;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one run: every finding in output order, the files looked at, the metadata of every rule
 * that could have reported (enabled rules and the engine's own {@code contentlint/*} ids), and the document
 * products the caller asked for.
 *
 * @param findings findings sorted by path, position and rule
 * @param files    relative paths of all files checked, sorted
 * @param rules    metadata of the rules in play, sorted by id
 * @param elapsed  wall time of the run
 * @param products relative path → product id → value, for the files that gave one, sorted by path
 * @param suppressed findings hidden from {@code findings} (by inline comments or a baseline), in output order;
 *                   none by default
 */
public record RunResult(List<Finding> findings, List<String> files, List<RuleMeta> rules, Duration elapsed,
                        Map<String, Map<String, Object>> products, List<SuppressedFinding> suppressed) {
    public RunResult {
        suppressed = suppressed.stream()
                .sorted(java.util.Comparator.comparing(SuppressedFinding::finding)).toList();
        findings = findings.stream().sorted().toList();
        files = files.stream().sorted().toList();
        rules = rules.stream().sorted(java.util.Comparator.comparing(RuleMeta::id)).toList();
        Map<String, Map<String, Object>> byPath = new TreeMap<>();
        products.forEach((path, values) -> byPath.put(path, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        products = Collections.unmodifiableMap(byPath);
    }

    /** A result that hides nothing. */
    public RunResult(List<Finding> findings, List<String> files, List<RuleMeta> rules, Duration elapsed,
                     Map<String, Map<String, Object>> products) {
        this(findings, files, rules, elapsed, products, List.of());
    }

    /** A result without products. */
    public RunResult(List<Finding> findings, List<String> files, List<RuleMeta> rules, Duration elapsed) {
        this(findings, files, rules, elapsed, Map.of());
    }

    /** This result reporting only {@code shown}, with {@code hidden} as its suppressed findings. */
    public RunResult withSuppressed(List<Finding> shown, List<SuppressedFinding> hidden) {
        return new RunResult(shown, files, rules, elapsed, products, hidden);
    }

    /** How many findings suppressions of {@code kind} hid. */
    public long suppressed(SuppressedFinding.Kind kind) {
        return suppressed.stream().filter(s -> s.kind() == kind).count();
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

    /** What {@code product} gave for the file at {@code path}; empty when it gave nothing or was not asked for. */
    @SuppressWarnings("unchecked")
    public <P> Optional<P> product(String path, DocumentProduct<P> product) {
        Map<String, Object> values = products.get(path);
        return values == null ? Optional.empty() : Optional.ofNullable((P) values.get(product.id()));
    }

    /** What {@code product} gave, by relative path, in path order. */
    @SuppressWarnings("unchecked")
    public <P> Map<String, P> products(DocumentProduct<P> product) {
        Map<String, P> out = new LinkedHashMap<>();
        products.forEach((path, values) -> {
            Object v = values.get(product.id());
            if (v != null) out.put(path, (P) v);
        });
        return Collections.unmodifiableMap(out);
    }
}
