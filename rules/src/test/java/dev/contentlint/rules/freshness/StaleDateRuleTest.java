package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleDateRuleTest {
    private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(new BuiltInRules()));

    @Test
    void maxAgeMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> new StaleDateRule.Options(0, List.of()));
        assertEquals("max-age-days must be > 0", e.getMessage());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Object options = new ConfigLoader(REGISTRY)
                .load("rules:\n  freshness/stale-date: { severity: warning }\n", Path.of(".contentlint.yml"))
                .forFile("a.md").rules().get("freshness/stale-date").options();
        assertEquals(new StaleDateRule.Options(365, StatedDates.DEFAULT_KEYS), options);
    }

    @Test
    void aNonPositiveLimitIsAConfigError() {
        var e = assertThrows(ConfigException.class, () -> new ConfigLoader(REGISTRY)
                .load("rules:\n  freshness/stale-date: { max-age-days: 0 }\n", Path.of(".contentlint.yml")));
        assertEquals(true, e.getMessage().contains("max-age-days must be > 0"), e.getMessage());
    }
}
