package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.contentlint.core.rule.RuleRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {
    @Test
    void serviceLoaderFindsTheBuiltInRulesAndPresets() {
        RuleRegistry registry = RuleRegistry.load();
        assertEquals(List.of("disclaimer/empty", "disclaimer/missing", "disclaimer/modified",
                "freshness/stale-date", "structure/empty-section", "structure/placeholder-text"),
                registry.ids());
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
