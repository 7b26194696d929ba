package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in provider as the service loader finds it, with its presets and what it names as shipping apart. */
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

    @Test
    void withoutTheLanguageToolArtifactRecommendedLoadsAndStrictNamesTheArtifact() {
        RuleRegistry registry = RuleRegistry.load();
        for (String id : BuiltInRules.LANGUAGETOOL.ruleIds())
            assertEquals(java.util.Optional.of(BuiltInRules.LANGUAGETOOL), registry.absentRule(id), id);
        ConfigLoader loader = new ConfigLoader(registry);
        Path file = Path.of("project", ".contentlint.yml");
        // recommended names both rules off, and a dictionary for the day spelling is added is accepted.
        FileConfig recommended = loader.load("extends: recommended\ndictionary: [words.txt]\n", file).forFile("a.md");
        assertTrue(recommended.rules().containsKey("freshness/stale-date"));
        String strict = assertThrows(ConfigException.class, () -> loader.load("extends: strict\n", file)).getMessage();
        assertTrue(strict.startsWith("dev/contentlint/presets/strict.yml:"), strict);
        assertTrue(strict.contains("rule 'grammar/languagetool' is in dev.contentlint:contentlint-languagetool, which is"
                + " not on the class path; add it beside contentlint (in a Maven build, as a <dependency> of the"
                + " contentlint-maven-plugin <plugin>"), strict);
    }
}
