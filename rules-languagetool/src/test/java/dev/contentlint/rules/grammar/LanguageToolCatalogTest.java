package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.BuiltInRules;
import dev.contentlint.rules.RuleDocs;
import dev.contentlint.testing.Fixture;
import dev.contentlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of this artifact join the built-in ones through the service file and meet the catalogue's
 * standards: fixtures with an expectation and a clean case, a side-car page with examples, defaults that bind.
 */
class LanguageToolCatalogTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    private static final List<Rule> RULES = new LanguageToolProvider().rules();

    private static Stream<DynamicTest> perRule(String what, java.util.function.Consumer<String> check) {
        return RULES.stream().map(r -> RuleMeta.forRule(r).id())
                .map(id -> DynamicTest.dynamicTest(what + " " + id, () -> check.accept(id)));
    }

    @Test
    void serviceLoaderFindsTheseRulesBesideTheBuiltInOnes() {
        List<String> ids = RULES.stream().map(r -> RuleMeta.forRule(r).id()).toList();
        assertEquals(BuiltInRules.LANGUAGETOOL.ruleIds(), ids, "the built-in rules name this artifact's rules");
        assertTrue(REGISTRY.ids().containsAll(ids), REGISTRY.ids()::toString);
        assertTrue(REGISTRY.ids().contains("freshness/stale-date"), REGISTRY.ids()::toString);
        for (String id : ids) assertTrue(REGISTRY.absentRule(id).isEmpty(), id + " is present, not absent");
        assertTrue(REGISTRY.settings().containsKey("dictionary"));
        assertTrue(REGISTRY.absentSetting("dictionary").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAnExpectationAndACleanCase() {
        return perRule("fixtures of", id -> {
            List<Fixture> fixtures = new ArrayList<>();
            for (Path p : Fixtures.forRule(Fixtures.root(), id)) fixtures.add(Fixtures.read(Fixtures.root(), p));
            assertFalse(fixtures.isEmpty(), "no fixtures for " + id);
            assertTrue(fixtures.stream().anyMatch(f -> !f.expectationsFor(id).isEmpty()), id + " needs an expect marker");
            assertTrue(fixtures.stream().anyMatch(f -> f.expectationsFor(id).isEmpty() || f.cleanMarkers() > 0),
                    id + " needs a clean case");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasASideCarWithExamples() {
        RuleDocs docs = new RuleDocs(REGISTRY);
        return perRule("side-car of", id -> {
            Map<String, String> sections = docs.sideCar(id).orElseThrow(
                    () -> new AssertionError(id + " needs rules-languagetool/src/main/docs/" + id + ".md"));
            for (String s : List.of("Why", "Incorrect", "Correct", "Options"))
                assertTrue(sections.containsKey(s), s + " of " + id);
            for (String s : List.of("Incorrect", "Correct")) assertTrue(docs.example(id, s).isPresent(), s + " example of " + id);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsEnabledByNamingItWithItsDefaults() {
        return perRule("defaults of", id -> {
            RuleMeta m = REGISTRY.meta(id);
            String yaml = "rules:\n  " + id + ": { severity: " + m.severity().id() + " }\n";
            FileConfig fc = new ConfigLoader(REGISTRY).load(yaml, Path.of("catalog/.contentlint.yml")).forFile("a.md");
            FileConfig.EnabledRule enabled = fc.rules().get(id);
            assertNotNull(enabled, id + " is not enabled by naming it");
            assertEquals(m.severity(), enabled.severity());
        });
    }
}
