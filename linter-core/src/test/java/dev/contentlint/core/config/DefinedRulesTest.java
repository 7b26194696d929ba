package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleDefiner;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.RuleStatus;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules a config defines through a {@link RuleDefiner} take part in rules:, overrides, caches and validation. */
class DefinedRulesTest {
    private static final Path FILE = Path.of("proj", ".contentlint.yml");

    /** A rule defined by a word in config; its definition is the word. */
    record WordRule(RuleMeta meta, String definition) implements DefinedRule {
        @Override
        public void check(Document document, RuleContext context) {}
    }

    /** {@code words: {name: level}} defines one rule {@code words/<name>} per entry. */
    static class WordDefiner implements RuleDefiner {
        @Override
        public String setting() {
            return "words";
        }

        @Override
        public List<DefinedRule> define(Definition d) {
            if (!(d.value() instanceof Map<?, ?> map)) throw d.error("expected a map of names to levels");
            List<DefinedRule> out = new ArrayList<>();
            map.forEach((name, level) -> out.add(new WordRule(new RuleMeta("words/" + name, "Word " + name,
                    Severity.parse(String.valueOf(level)).orElseThrow(() -> d.error("bad level " + level)),
                    Category.STYLE, List.of(), List.of(), RuleStatus.STABLE, List.of(), List.of(),
                    "https://example.org/" + name), name + "=" + level)));
            return out;
        }
    }

    private static RuleRegistry registry() {
        TestRules.Provider base = new TestRules.Provider();
        return new RuleRegistry(List.of(new RuleProvider() {
            @Override
            public List<Rule> rules() {
                return base.rules();
            }

            @Override
            public Map<String, String> presets() {
                return base.presets();
            }

            @Override
            public List<RuleDefiner> definers() {
                return List.of(new WordDefiner());
            }
        }));
    }

    private final ConfigLoader loader = new ConfigLoader(registry());

    @Test
    void definedRulesAreOnAtTheirOwnSeverityAndConfigurable() {
        Config c = loader.load("words: {hedge: info, filler: error}\nrules:\n  words/filler: warning\n", FILE);
        FileConfig fc = c.forFile("a.md");
        assertEquals(Severity.INFO, fc.rules().get("words/hedge").severity());
        assertEquals(Severity.WARNING, fc.rules().get("words/filler").severity());
        assertEquals("https://example.org/hedge", fc.rules().get("words/hedge").meta().docsUrl());
        assertEquals(List.of("words/filler", "words/hedge"),
                c.definedRules().stream().map(r -> r.meta().id()).sorted().toList());
    }

    @Test
    void sameFileCanTurnADefinedRuleOffAndOverridesSeeIt() {
        Config c = loader.load("""
                words: {hedge: info}
                rules:
                  words/hedge: off
                overrides:
                  - files: ["blog/**"]
                    rules: { words/hedge: error }
                """, FILE);
        assertNull(c.forFile("a.md").rules().get("words/hedge"));
        assertEquals(Severity.ERROR, c.forFile("blog/x.md").rules().get("words/hedge").severity());
    }

    @Test
    void aFileConfiguresRulesDefinedByTheFileItExtends(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yml"), "words: {hedge: info}\n");
        Path child = dir.resolve(".contentlint.yml");
        Files.writeString(child, "extends: base.yml\nwords: {filler: warning}\nrules:\n  words/hedge: error\n");
        FileConfig fc = loader.load(child).forFile("a.md");
        assertEquals(Severity.ERROR, fc.rules().get("words/hedge").severity());
        assertEquals(Severity.WARNING, fc.rules().get("words/filler").severity());
    }

    @Test
    void theSameDefinitionTwiceCountsOnceAndADifferentOneIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yml"), "words: {hedge: info}\n");
        Path same = dir.resolve("same.yml");
        Files.writeString(same, "extends: base.yml\nwords: {hedge: info}\n");
        assertEquals(1, loader.load(same).definedRules().size());
        Path other = dir.resolve("other.yml");
        Files.writeString(other, "extends: base.yml\n\nwords: {hedge: error}\n");
        String msg = assertThrows(ConfigException.class, () -> loader.load(other)).getMessage();
        assertEquals(other + ":3: words: defines words/hedge, but that rule id is already defined differently"
                + " by an extended config; rename the rule", msg);
    }

    @Test
    void aDefinitionCannotTakeABuiltInId() {
        RuleRegistry reg = registry();
        RuleDefiner clash = new WordDefiner() {
            @Override
            public List<DefinedRule> define(Definition d) {
                return List.of(new WordRule(RuleMeta.of(TestRules.EmptySection.class), "x"));
            }
        };
        RuleRegistry withClash = new RuleRegistry(List.of(new RuleProvider() {
            @Override
            public List<Rule> rules() {
                return List.of(reg.rule("structure/empty-section"));
            }

            @Override
            public List<RuleDefiner> definers() {
                return List.of(clash);
            }
        }));
        String msg = assertThrows(ConfigException.class,
                () -> new ConfigLoader(withClash).load("words: {x: info}\n", FILE)).getMessage();
        assertTrue(msg.contains("structure/empty-section, but that rule id is already a built-in rule"), msg);
    }

    @Test
    void definerErrorsNameTheSettingLineAndUnknownIdsStillFail() {
        String msg = assertThrows(ConfigException.class, () -> loader.load("language: en\nwords: [a]\n", FILE))
                .getMessage();
        assertEquals(FILE + ":2: words: expected a map of names to levels", msg);
        String unknown = assertThrows(ConfigException.class,
                () -> loader.load("rules:\n  words/hedge: info\n", FILE)).getMessage();
        assertTrue(unknown.startsWith(FILE + ":2: rules.words/hedge: unknown rule 'words/hedge'"), unknown);
    }

    @Test
    void theFingerprintFollowsTheDefinition() {
        assertNotEquals(loader.load("words: {hedge: info}\n", FILE).fingerprint(),
                loader.load("words: {hedge: error}\n", FILE).fingerprint());
    }

    @Test
    void registryWithDefinedRulesKnowsTheirIdsAndKeepsTheRest() {
        Config c = loader.load("words: {hedge: info}\n", FILE);
        RuleRegistry base = registry();
        RuleRegistry extended = base.with(c.definedRules());
        assertTrue(extended.resolve("words/hedge").isPresent());
        assertFalse(base.resolve("words/hedge").isPresent());
        assertEquals(base.ids().size() + 1, extended.ids().size());
        assertTrue(extended.with(c.definedRules()) == extended, "rules already known are not added again");
        assertEquals(List.of("words"), List.copyOf(extended.definers().keySet()));
    }
}
