package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages matched by an {@code overrides} entry age against that entry's {@code max-age-days}, the rest against the rule's. */
class StaleDateOverridesTest {
    private static final String CONFIG = """
            rules:
              freshness/stale-date: { severity: warning, max-age-days: 365 }
            overrides:
              - files: ["docs/pricing/**"]
                rules: { freshness/stale-date: { max-age-days: 30 } }
            """;

    @Test
    void pricingPagesGoStaleAfterThirtyDays(@TempDir Path dir) throws IOException {
        String page = "# Plans\n\nLast updated: 2026-09-27\n\nThe basic plan costs 10 euros.\n"; // 60 days before today
        Files.createDirectories(dir.resolve("docs/pricing/eu"));
        Files.writeString(dir.resolve("docs/pricing/eu/plans.md"), page);
        Files.writeString(dir.resolve("docs/guide.md"), page);
        Files.writeString(dir.resolve(".contentlint.yml"), CONFIG);

        RuleRegistry registry = RuleRegistry.load();
        Config config = new ConfigLoader(registry).load(dir.resolve(".contentlint.yml"));
        EngineOptions options = EngineOptions.defaults(dir).withJobs(1).withToday(LocalDate.of(2026, 11, 26));
        List<Finding> findings = new Engine(config, registry, options).run(List.of(Input.of(dir))).findings();

        assertEquals(List.of("docs/pricing/eu/plans.md 3: Last updated 2026-09-27 is 60 days old (limit 30)."),
                findings.stream().map(f -> f.path() + " " + f.location().line() + ": " + f.message()).toList());
    }
}
