package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.testing.Fixture;
import dev.contentlint.testing.Fixtures;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of the catalogue are consistent: ids, classes, registry order, fixtures, side-car docs,
 * WCAG references and option defaults.
 */
class RuleCatalogTest {
    private static final String ID = "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$";
    private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(new BuiltInRules()));

    private static List<RuleMeta> metas() {
        return BuiltInRules.RULES.stream().map(RuleMeta::of).toList();
    }

    private static Stream<DynamicTest> perRule(String what, java.util.function.Consumer<Class<? extends Rule>> check) {
        return BuiltInRules.RULES.stream()
                .map(c -> DynamicTest.dynamicTest(what + " " + RuleMeta.of(c).id(), () -> check.accept(c)));
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        List<String> ids = metas().stream().map(RuleMeta::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
        for (String id : ids) assertTrue(id.matches(ID), id + " is not family/kebab-name");
        assertEquals(ids, REGISTRY.ids());
    }

    @Test
    void registryIsSortedById() {
        List<String> ids = metas().stream().map(RuleMeta::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "keep BuiltInRules.RULES sorted by id");
    }

    @Test
    void registryListsEveryRuleClassOfThePackage() throws IOException, URISyntaxException {
        Path classes = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rulesDir = classes.resolve("dev/contentlint/rules");
        Set<Class<?>> annotated = new HashSet<>();
        try (Stream<Path> files = Files.walk(rulesDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$")) continue;
                try {
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    if (c.isAnnotationPresent(RuleInfo.class)) annotated.add(c);
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        assertFalse(annotated.isEmpty(), "no @RuleInfo classes found below " + rulesDir);
        assertEquals(annotated.stream().map(Class::getName).sorted().toList(),
                BuiltInRules.RULES.stream().map(Class::getName).sorted().toList(),
                "every @RuleInfo class must be listed in BuiltInRules.RULES, and only those");
    }

    @TestFactory
    Stream<DynamicTest> idMatchesPackageAndClass() {
        return perRule("names of", c -> {
            RuleMeta m = RuleMeta.of(c);
            String pkg = c.getPackageName();
            assertEquals("dev.contentlint.rules." + m.family(), pkg, "package of " + c.getName());
            assertEquals(pascal(m.name()) + "Rule", c.getSimpleName(), "class of " + m.id());
        });
    }

    static String pascal(String kebab) {
        return Stream.of(kebab.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    @TestFactory
    Stream<DynamicTest> summaryIsOneSentenceWithoutFinalPeriod() {
        return perRule("summary of", c -> {
            String s = RuleMeta.of(c).summary();
            assertFalse(s.isBlank());
            assertTrue(Character.isUpperCase(s.charAt(0)), "summary starts with a capital: " + s);
            assertFalse(s.endsWith("."), "summary has no final period: " + s);
            assertFalse(s.contains("`") || s.contains("*"), "summary has no Markdown: " + s);
        });
    }

    @TestFactory
    Stream<DynamicTest> accessibilityRulesNameWcagCriteria() {
        return perRule("WCAG of", c -> {
            RuleMeta m = RuleMeta.of(c);
            if (m.category() == Category.ACCESSIBILITY) assertFalse(m.wcag().isEmpty(), m.id() + " needs wcag");
            for (String sc : m.wcag()) assertTrue(sc.matches("\\d\\.\\d+\\.\\d+"), "WCAG criterion " + sc);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyOptionHasADescriptionAndADefault() {
        return perRule("options of", c -> {
            Class<?> options = RuleMeta.optionsType(c);
            if (options == null) return;
            for (RecordComponent rc : options.getRecordComponents()) {
                Option o = rc.getAnnotation(Option.class);
                assertNotNull(o, options.getName() + "." + rc.getName() + " needs @Option");
                assertFalse(o.description().isBlank(), rc.getName() + " needs a description");
                assertFalse(o.defaultValue().isBlank(), rc.getName() + " needs a default");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> defaultsBindThroughTheConfigLoader() {
        return perRule("defaults of", c -> {
            RuleMeta m = RuleMeta.of(c);
            String yaml = "rules:\n  " + m.id() + ": { severity: " + m.severity().id() + " }\n";
            FileConfig fc = new ConfigLoader(REGISTRY).load(yaml, Path.of("catalog/.contentlint.yml")).forFile("a.md");
            FileConfig.EnabledRule enabled = fc.rules().get(m.id());
            assertNotNull(enabled, m.id() + " is not enabled by naming it");
            assertEquals(m.severity(), enabled.severity());
            Class<?> options = RuleMeta.optionsType(c);
            if (options != null) assertTrue(options.isInstance(enabled.options()), "defaults of " + m.id() + " bind");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAnExpectationAndACleanCase() {
        return perRule("fixtures of", c -> {
            String id = RuleMeta.of(c).id();
            List<Fixture> fixtures = new ArrayList<>();
            for (Path p : Fixtures.forRule(Fixtures.root(), id)) fixtures.add(Fixtures.read(Fixtures.root(), p));
            assertFalse(fixtures.isEmpty(), "no fixtures for " + id);
            assertTrue(fixtures.stream().anyMatch(f -> !f.expectationsFor(id).isEmpty()),
                    id + " needs a fixture with an expect marker");
            assertTrue(fixtures.stream().anyMatch(f -> f.expectationsFor(id).isEmpty() || f.cleanMarkers() > 0),
                    id + " needs a clean case: a fixture without expect markers or a <!-- clean --> section");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasASideCarWithExamples() {
        RuleDocs docs = new RuleDocs(REGISTRY);
        return perRule("side-car of", c -> {
            String id = RuleMeta.of(c).id();
            Map<String, String> sections = docs.sideCar(id).orElseThrow(
                    () -> new AssertionError(id + " needs rules/src/main/docs/" + id + ".md"));
            List<String> expected = RuleDocs.SECTIONS.stream()
                    .filter(s -> sections.containsKey(s) || !RuleDocs.OPTIONAL.contains(s)).toList();
            assertEquals(expected, List.copyOf(sections.keySet()), "sections of the side-car of " + id);
            for (String s : List.of("Why", "Incorrect", "Correct")) assertFalse(sections.get(s).isBlank(), s + " of " + id);
            for (String s : List.of("Incorrect", "Correct")) {
                RuleDocs.Example e = docs.example(id, s).orElseThrow(() -> new AssertionError(s + " of " + id + " needs an example"));
                assertTrue(Set.of("markdown", "html", "text").contains(e.language()), s + " example of " + id + " language");
            }
        });
    }
}
