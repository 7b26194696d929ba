package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {
    @Test
    void serviceLoaderFindsTheBuiltInRulesAndPresets() {
        RuleRegistry registry = RuleRegistry.load();
        // Every listed class, found through the service file; the list itself is checked by RuleCatalogTest.
        assertEquals(BuiltInRules.RULES.stream().map(c -> RuleMeta.of(c).id()).sorted().toList(), registry.ids());
        assertTrue(registry.ids().containsAll(List.of("disclaimer/empty", "disclaimer/missing", "disclaimer/modified", "freshness/behind-git", "freshness/conflicting-dates", "freshness/future-date",
                "freshness/missing-date", "freshness/stale-date", "structure/empty-section", "structure/placeholder-text")), registry.ids()::toString);
        assertEquals(Map.of("recommended", "dev/contentlint/presets/recommended.yml",
                "strict", "dev/contentlint/presets/strict.yml"), registry.presets());
        for (String resource : registry.presets().values())
            assertNotNull(getClass().getClassLoader().getResource(resource), resource);
    }

    @Test
    void presetsEnableTheirRules() {
        RuleDocs docs = RuleDocs.builtIn();
        assertEquals(List.of("recommended", "strict"), docs.presets("freshness/stale-date"));
        assertEquals(List.of("recommended", "strict"), docs.presets("structure/empty-section"));
        assertEquals(List.of("recommended", "strict"), docs.presets("structure/placeholder-text"));
        for (String id : List.of("disclaimer/empty", "disclaimer/missing", "disclaimer/modified"))
            assertEquals(List.of("recommended", "strict"), docs.presets(id), id);
    }
}
