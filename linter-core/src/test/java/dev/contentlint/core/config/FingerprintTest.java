package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private String fp(String yaml) {
        return loader.load(yaml, Path.of(".contentlint.yml")).fingerprint();
    }

    private static final String BASE = """
            extends: recommended
            today: 2026-11-26
            rules:
              freshness/stale-date: { severity: error, max-age-days: 365 }
            overrides:
              - files: ["docs/pricing/**"]
                rules: { freshness/stale-date: { max-age-days: 30 } }
            example-limit: 5
            """;

    @Test
    void isSha256Hex() {
        assertTrue(fp(BASE).matches("[0-9a-f]{64}"), fp(BASE));
    }

    @Test
    void stableAcrossLoadsLayoutCommentsAndDirectories() {
        assertEquals(fp(BASE), fp(BASE));
        String reformatted = "# a comment\n" + BASE.replace("{ severity: error, max-age-days: 365 }",
                "\n    max-age-days: 365   # a year\n    severity: error");
        assertEquals(fp(BASE), fp(reformatted));
        assertEquals(fp(BASE), loader.load(BASE, Path.of("elsewhere", "x", ".contentlint.yml")).fingerprint());
    }

    @Test
    void sensitiveToEverySetting() {
        String base = fp(BASE);
        List<String> variants = List.of(
                BASE.replace("365", "364"),
                BASE.replace("severity: error", "severity: warning"),
                BASE.replace("2026-11-26", "2026-11-27"),
                BASE.replace("30 }", "31 }"),
                BASE.replace("docs/pricing/**", "docs/prices/**"),
                BASE.replace("example-limit: 5", "example-limit: 6"),
                BASE.replace("recommended", "strict"),
                BASE + "language: en-GB\n",
                BASE + "max-file-size: 1MB\n",
                BASE + "files: { include: ['**/*.md'] }\n",
                BASE.replace("example-limit: 5\n", ""));
        for (String v : variants) assertNotEquals(base, fp(v), v);
    }

    @Test
    void includesThePresetContents() {
        RuleProvider other = new RuleProvider() {
            @Override
            public List<dev.contentlint.core.rule.Rule> rules() {
                return new TestRules.Provider().rules();
            }

            @Override
            public Map<String, String> presets() {
                return Map.of("recommended", "dev/contentlint/core/config/presets/alt-recommended.yml");
            }
        };
        ConfigLoader swapped = new ConfigLoader(new RuleRegistry(List.of(other)));
        String yaml = "extends: recommended\n";
        assertNotEquals(fp(yaml), swapped.load(yaml, Path.of(".contentlint.yml")).fingerprint());
    }
}
