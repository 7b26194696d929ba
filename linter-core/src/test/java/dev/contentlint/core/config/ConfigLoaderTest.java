package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final Path FILE = Path.of("proj", ".contentlint.yml");
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private Config load(String yaml) {
        return loader.load(yaml, FILE);
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> load(yaml)).getMessage();
    }

    private static String at(int line, String rest) {
        return FILE + ":" + line + ": " + rest;
    }

    private static Map<String, Severity> severities(FileConfig fc) {
        Map<String, Severity> out = new java.util.TreeMap<>();
        fc.rules().forEach((id, r) -> out.put(id, r.severity()));
        return out;
    }

    @Test
    void emptyFileGivesDefaultsAndTheDefaultPreset() {
        Config c = load("");
        assertEquals("en-US", c.language());
        assertEquals(Optional.empty(), c.today());
        assertEquals(List.of("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt"), c.include());
        assertEquals(List.of("**/node_modules/**", "**/target/**", "**/vendor/**"), c.exclude());
        assertEquals(10L * 1024 * 1024, c.maxFileSize());
        assertEquals(Optional.of(FILE), c.file());
        assertEquals(FILE.toAbsolutePath().getParent(), c.baseDirectory());
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(c.forFile("a.md")));
    }

    @Test
    void topLevelSettingsAreRead() {
        Config c = load("""
                language: de-DE
                today: 2026-11-26
                max-file-size: 512KB
                files:
                  include: ["docs/**/*.md"]
                  exclude: "**/drafts/**"
                """);
        assertEquals("de-DE", c.language());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), c.today());
        assertEquals(512L * 1024, c.maxFileSize());
        assertEquals(List.of("docs/**/*.md"), c.include());
        assertEquals(List.of("**/drafts/**"), c.exclude());
    }

    @Test
    void maxFileSizeAcceptsBytesAndSuffixes() {
        assertEquals(1000, load("max-file-size: 1000").maxFileSize());
        assertEquals(3L * 1024 * 1024, load("max-file-size: 3 mb").maxFileSize());
        assertEquals(2L * 1024 * 1024 * 1024, load("max-file-size: 2GB").maxFileSize());
        assertEquals(at(1, "max-file-size: expected a size in bytes or with a KB, MB or GB suffix (e.g. 10MB), got '10 parsecs'"),
                error("max-file-size: 10 parsecs"));
        assertEquals(at(1, "max-file-size: expected a size in bytes or with a KB, MB or GB suffix (e.g. 10MB), got '0'"),
                error("max-file-size: 0"));
    }

    @Test
    void presetEnablesItsRulesWithDefaultOptions() {
        FileConfig fc = load("extends: recommended").forFile("docs/a.md");
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(fc));
        var options = (TestRules.StaleDate.Options) fc.rules().get("freshness/stale-date").options();
        assertEquals(new TestRules.StaleDate.Options(365, List.of("last_updated", "updated"), TestRules.DateOrder.MDY),
                options);
        assertNull(fc.rules().get("structure/empty-section").options());
        assertTrue(fc.rules().get("structure/empty-section").rule() instanceof TestRules.EmptySection);
    }

    @Test
    void presetThatExtendsAPreset() {
        FileConfig fc = load("extends: strict").forFile("a.md");
        assertEquals(Map.of("freshness/stale-date", Severity.ERROR, "grammar/languagetool", Severity.WARNING,
                "structure/empty-section", Severity.INFO), severities(fc));
        assertEquals(180, ((TestRules.StaleDate.Options) fc.rules().get("freshness/stale-date").options()).maxAgeDays());
    }

    @Test
    void presetPrefixIsAccepted() {
        assertEquals(2, load("extends: contentlint:recommended").forFile("a.md").rules().size());
        assertEquals(at(1, "extends: unknown preset 'nope'; known presets: broken, recommended, strict"),
                error("extends: contentlint:nope"));
    }

    @Test
    void severityShorthands() {
        FileConfig fc = load("""
                extends: recommended
                rules:
                  freshness/stale-date: error
                  structure/empty-section: warn
                  grammar/languagetool: info
                  style/all-types: on
                """).forFile("a.md");
        assertEquals(Map.of("freshness/stale-date", Severity.ERROR, "structure/empty-section", Severity.WARNING,
                "grammar/languagetool", Severity.INFO, "style/all-types", Severity.ERROR), severities(fc));
    }

    @Test
    void offAndFalseAndSeverityOffDisable() {
        FileConfig fc = load("""
                extends: strict
                rules:
                  freshness/stale-date: off
                  structure/empty-section: { severity: off }
                  grammar/languagetool: false
                """).forFile("a.md");
        assertEquals(Map.of(), fc.rules());
    }

    @Test
    void namingARuleTurnsItOnAtItsDefaultSeverity() {
        FileConfig fc = load("""
                extends: none
                rules:
                  style/all-types:
                  grammar/languagetool: true
                  freshness/stale-date: { max-age-days: 30 }
                """).forFile("a.md");
        assertEquals(Map.of("style/all-types", Severity.ERROR, "grammar/languagetool", Severity.WARNING,
                "freshness/stale-date", Severity.WARNING), severities(fc));
    }

    @Test
    void onKeepsTheSeverityAPresetGave() {
        FileConfig fc = load("""
                extends: strict
                rules:
                  freshness/stale-date: on
                """).forFile("a.md");
        assertEquals(Severity.ERROR, fc.rules().get("freshness/stale-date").severity());
    }

    @Test
    void aliasNamesTheRule() {
        FileConfig fc = load("extends: []\nrules:\n  grammar/lt: error\n").forFile("a.md");
        assertEquals(Map.of("grammar/languagetool", Severity.ERROR), severities(fc));
    }

    @Test
    void aliasAndIdTogetherAreAnError() {
        assertEquals(at(3, "rules.grammar/lt: 'grammar/lt' names the same rule as rules.grammar/languagetool on line 2; keep one"),
                error("rules:\n  grammar/languagetool: error\n  grammar/lt: off\n"));
    }

    @Test
    void optionsFromAPresetMergeKeyByKey() {
        FileConfig fc = load("""
                extends: strict
                rules:
                  freshness/stale-date: { date-order: dmy }
                """).forFile("a.md");
        var o = (TestRules.StaleDate.Options) fc.rules().get("freshness/stale-date").options();
        assertEquals(180, o.maxAgeDays());
        assertEquals(TestRules.DateOrder.DMY, o.dateOrder());
        assertEquals(Severity.ERROR, fc.rules().get("freshness/stale-date").severity());
    }

    @Test
    void unknownRuleSuggestsTheClosest() {
        assertEquals(at(2, "rules.freshness/stale-dat: unknown rule 'freshness/stale-dat'; did you mean 'freshness/stale-date'?"),
                error("rules:\n  freshness/stale-dat: error\n"));
    }

    @Test
    void unknownRuleWithNothingClose() {
        assertEquals(at(3, "rules.zzz/qqqqqqqq: unknown rule 'zzz/qqqqqqqq'; `contentlint rules` lists the rule ids"),
                error("language: en\nrules:\n  zzz/qqqqqqqq: error\n"));
    }

    @Test
    void unknownOptionListsTheKnownOnes() {
        assertEquals(at(2, "rules.freshness/stale-date.max-age: unknown option 'max-age' for freshness/stale-date; "
                        + "known: max-age-days, keys, date-order, severity"),
                error("rules:\n  freshness/stale-date: { max-age: 3 }\n"));
    }

    @Test
    void optionOnARuleWithoutOptions() {
        assertEquals(at(3, "rules.structure/empty-section.enabled: unknown option 'enabled' for structure/empty-section; "
                        + "structure/empty-section has no options, only severity (use severity: off to turn a rule off)"),
                error("rules:\n  structure/empty-section:\n    enabled: false\n"));
    }

    @Test
    void wrongOptionType() {
        assertEquals(at(4, "rules.freshness/stale-date.max-age-days: expected a whole number, got 'abc'"),
                error("""
                        rules:
                          freshness/stale-date:
                            severity: error
                            max-age-days: abc
                        """));
    }

    @Test
    void recordValidationBecomesAConfigErrorAtTheKey() {
        assertEquals(at(3, "rules.freshness/stale-date.max-age-days: max-age-days must be > 0"),
                error("""
                        rules:
                          freshness/stale-date:
                            max-age-days: 0
                        """));
    }

    @Test
    void badSeverity() {
        assertEquals(at(2, "rules.freshness/stale-date: expected error, warning, info, on or off, got 'fatal'"),
                error("rules:\n  freshness/stale-date: fatal\n"));
        assertEquals(at(2, "rules.freshness/stale-date.severity: expected error, warning, info, on or off, got 'loud'"),
                error("rules:\n  freshness/stale-date: { severity: loud }\n"));
        assertEquals(at(2, "rules.freshness/stale-date: expected error, warning, info, on or off, or a map of severity and options, got a list"),
                error("rules:\n  freshness/stale-date: [error]\n"));
    }

    @Test
    void badGlob() {
        assertEquals(at(3, "files.include[1]: bad glob: unclosed '[' in glob \"docs/[ab.md\""),
                error("files:\n  include: ['**/*.md',\n    'docs/[ab.md']\n"));
    }

    @Test
    void badDate() {
        assertEquals(at(2, "today: expected a date as YYYY-MM-DD, got '2026-02-30'"),
                error("language: en\ntoday: 2026-02-30\n"));
        assertEquals(at(1, "today: expected a date as YYYY-MM-DD, got '26/11/2026'"), error("today: 26/11/2026"));
    }

    @Test
    void badLanguage() {
        assertEquals(at(1, "language: expected a language tag such as en-US or de, got 'English (US)'"),
                error("language: English (US)"));
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        String msg = error("language: en\nrules:\n  freshness/stale-date: { severity: error\nfiles: x\n");
        assertTrue(msg.startsWith(FILE + ":4: invalid YAML: "), msg);
        assertEquals(at(2, "invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"),
                error("glossary: [a.yml\n"));
        assertEquals(at(1, "invalid YAML: found undefined alias x"), error("glossary: *x\n"));
    }

    @Test
    void wrongShapes() {
        assertEquals(at(1, "rules: expected a map of rule ids to settings, got a list"), error("rules: [a, b]"));
        assertEquals(at(1, "expected a map of settings at the top level, got a list"), error("- a\n- b\n"));
        assertEquals(at(1, "files: expected a map with include, exclude and formats, got 'docs'"), error("files: docs"));
        assertEquals(at(1, "overrides: expected a list of {files, rules} entries, got a map"),
                error("overrides: { files: a }"));
        assertEquals(at(1, "root: expected true or false, got 'yes'"), error("root: yes"));
        assertEquals(at(1, "extends: expected a preset name or a path, or a list of them, got a map"),
                error("extends: { a: b }"));
        assertEquals(at(3, "files.exclude[1]: expected a text value, got a map"),
                error("files:\n  exclude: [a,\n    {b: c}]\n"));
    }

    @Test
    void unknownTopLevelKeySuggestsTheClosest() {
        assertEquals(at(2, "langauge: unknown key 'langauge'; did you mean 'language'?"),
                error("root: true\nlangauge: en-US\n"));
        assertEquals(at(1, "example-limits: unknown key 'example-limits'; did you mean 'example-limit'?"),
                error("example-limits: 5"));
        assertEquals(at(1, "colour: unknown key 'colour'; known keys: root, extends, language, today, max-file-size, "
                        + "files, rules, overrides, cache-max-age, cache-max-size, example-limit, file-time-budget"),
                error("colour: red"));
        assertEquals(at(2, "files.includes: unknown key 'includes'; did you mean 'include'?"),
                error("files:\n  includes: ['*.md']\n"));
    }

    @Test
    void duplicateKey() {
        assertEquals(at(4, "rules.freshness/stale-date: duplicate key (first given on line 2); keep one"),
                error("""
                        rules:
                          freshness/stale-date: { severity: error, max-age-days: 365 }
                          grammar/languagetool: off
                          freshness/stale-date: error
                        """));
    }

    @Test
    void missingExtendsTarget() {
        String msg = error("language: en\nextends: [recommended, ../shared.yml]\n");
        Path expected = FILE.getParent().resolve("../shared.yml").normalize();
        assertEquals(at(2, "extends[1]: cannot find '../shared.yml': it is not a preset (known presets: broken, recommended, "
                + "strict) and there is no file " + expected), msg);
    }

    @Test
    void presetWithoutItsFile() {
        assertEquals(at(1, "extends: preset 'broken' is declared but its file dev/contentlint/core/config/presets/missing.yml"
                + " is missing from the class path"), error("extends: broken"));
    }

    @Test
    void providerSettingsAreParsedWhenTheConfigLoads() {
        Config c = load("language: en\n\nexample-limit: 4\n");
        assertEquals(4, c.setting(ExampleLimitProvider.LIMIT));
        assertEquals(at(3, "example-limit: bad value"), c.settingError("example-limit", "bad value").getMessage());
        assertEquals(10, load("language: en\n").setting(ExampleLimitProvider.LIMIT));
        assertEquals(10, load("example-limit:\n").setting(ExampleLimitProvider.LIMIT));
    }

    @Test
    void loadWithoutAFileNamesNoFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load("rules:\n  x/y: on\n", null));
        assertEquals("rules.x/y: unknown rule 'x/y'; `contentlint rules` lists the rule ids", e.getMessage());
        assertEquals(2, e.line());
        assertEquals("rules.x/y", e.key());
    }

    @Test
    void builtinUsesTheRecommendedPreset() {
        Path base = Path.of("somewhere").toAbsolutePath();
        Config c = loader.builtin(base);
        assertEquals(Optional.empty(), c.file());
        assertEquals(base, c.baseDirectory());
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(c.forFile("a.md")));
    }

    @Test
    void builtinWithoutARecommendedPresetTurnsEveryRuleOn() {
        var provider = new dev.contentlint.core.rule.RuleProvider() {
            @Override
            public List<dev.contentlint.core.rule.Rule> rules() {
                return List.of(new TestRules.EmptySection(), new TestRules.StaleDate());
            }
        };
        Config c = new ConfigLoader(new RuleRegistry(List.of(provider))).builtin(Path.of("."));
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(c.forFile("a.md")));
        Config none = new ConfigLoader(new RuleRegistry(List.of())).builtin(Path.of("."));
        assertEquals(Map.of(), none.forFile("a.md").rules());
        Config withoutExtends = new ConfigLoader(new RuleRegistry(List.of(provider))).load("today: 2026-11-26", FILE);
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(withoutExtends.forFile("a.md")));
    }

    @Test
    void aProviderMustShipTheDefaultPresetItNames() {
        var provider = new dev.contentlint.core.rule.RuleProvider() {
            @Override
            public List<dev.contentlint.core.rule.Rule> rules() {
                return List.of();
            }

            @Override
            public Optional<String> defaultPreset() {
                return Optional.of("house");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleRegistry(List.of(provider)));
        assertTrue(e.getMessage().contains("names house as its default preset but ships no preset of that name"),
                e.getMessage());
    }

    @Test
    void starterConfigLoadsAndExplainsEveryKey() {
        String starter = ConfigLoader.starterConfig();
        Config c = loader.load(starter, FILE);
        assertTrue(starter.contains("\nextends: recommended\n"), starter);
        for (String key : List.of("root:", "extends:", "language:", "today:", "max-file-size:", "files:", "include:",
                "exclude:", "rules:", "overrides:", "excluded-files:", "glossary:"))
            assertTrue(starter.contains(key), key);
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(c.forFile("a.md")));
        assertEquals(loader.builtin(Path.of(".")).forFile("a.md").rules().keySet(), c.forFile("a.md").rules().keySet());
    }

    @Test
    void enabledRuleCarriesMeta() {
        EnabledRule r = load("rules: { style/all-types: info }").forFile("a.md").rules().get("style/all-types");
        assertEquals("style/all-types", r.meta().id());
        assertEquals(Severity.INFO, r.severity());
        assertTrue(r.rule() instanceof TestRules.AllTypes);
    }

    @Test
    void forFileResultIsCachedAndIndependentOfPathSpelling() {
        Config c = load("extends: recommended");
        FileConfig a = c.forFile("docs/a.md");
        assertSame(a, c.forFile("docs/b.md"));
        assertSame(a, c.forFile("./docs\\c.md"));
        assertFalse(a.rules().isEmpty());
    }
}
