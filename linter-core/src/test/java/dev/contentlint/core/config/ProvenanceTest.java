package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each rule, option and setting of an effective config was set. */
class ProvenanceTest {
    @TempDir
    Path dir;
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static ConfigExplanation.EnabledRule rule(ConfigExplanation e, String id) {
        return e.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private static ConfigExplanation.OptionSetting option(ConfigExplanation.EnabledRule r, String key) {
        return r.options().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static Map<String, ConfigExplanation.Setting> settings(ConfigExplanation e) {
        return e.settings().stream().collect(Collectors.toMap(ConfigExplanation.Setting::key, s -> s));
    }

    private static Origin at(Path file, int line, String keyPath) {
        return new Origin(Origin.Kind.FILE, file, line, null, keyPath);
    }

    @Test
    void rulesAndOptionsNameTheFileLineOrPresetThatSetThem() throws IOException {
        Path base = write("base.yml", """
                extends: strict
                rules:
                  freshness/stale-date:
                    keys: [reviewed]
                """);
        Path file = write(".contentlint.yml", """
                extends: ./base.yml
                language: de
                rules:
                  structure/empty-section: error
                overrides:
                  - files: ["docs/**"]
                    rules:
                      structure/empty-section: warning
                  - files: ["docs/old/**"]
                    rules:
                      freshness/stale-date: { max-age-days: 30 }
                """);
        Config config = loader.load(file);

        ConfigExplanation top = config.explain("index.md");
        ConfigExplanation.EnabledRule stale = rule(top, "freshness/stale-date");
        assertEquals(Severity.ERROR, stale.severity());
        assertEquals(new Origin(Origin.Kind.PRESET, null, 3, "strict", "rules.freshness/stale-date"),
                stale.severityOrigin());
        assertEquals(new Origin(Origin.Kind.PRESET, null, 3, "strict", "rules.freshness/stale-date.max-age-days"),
                option(stale, "max-age-days").origin());
        assertEquals(180, option(stale, "max-age-days").value());
        assertEquals(List.of("reviewed"), option(stale, "keys").value());
        assertEquals(at(base, 4, "rules.freshness/stale-date.keys"), option(stale, "keys").origin());
        assertEquals(at(base, 3, "rules.freshness/stale-date"), stale.enabledBy());
        assertEquals(Origin.DEFAULT, option(stale, "date-order").origin());
        assertEquals(TestRules.DateOrder.MDY, option(stale, "date-order").value());
        assertEquals(at(file, 4, "rules.structure/empty-section"), rule(top, "structure/empty-section").severityOrigin());

        ConfigExplanation old = config.explain("docs/old/a.md");
        assertEquals(Severity.WARNING, rule(old, "structure/empty-section").severity());
        Origin fromOverride = rule(old, "structure/empty-section").severityOrigin();
        assertEquals(at(file, 8, "overrides[0].rules.structure/empty-section"), fromOverride);
        assertEquals("overrides[0]", fromOverride.override());
        ConfigExplanation.OptionSetting age = option(rule(old, "freshness/stale-date"), "max-age-days");
        assertEquals(30, age.value());
        assertEquals(at(file, 11, "overrides[1].rules.freshness/stale-date.max-age-days"), age.origin());
        assertEquals("overrides[1]", age.origin().override());

        Map<String, ConfigExplanation.Setting> s = settings(top);
        assertEquals("de", s.get("language").value());
        assertEquals(at(file, 2, "language"), s.get("language").origin());
        assertEquals(Origin.DEFAULT, s.get("files.include").origin());
        assertEquals(DefaultFiles.INCLUDE, s.get("files.include").value());
        assertNull(s.get("today").value());
    }

    @Test
    void aSeverityOnItsOwnLineIsFoundThere() {
        Path file = dir.resolve(".contentlint.yml");
        Config config = loader.load("""
                rules:
                  freshness/stale-date:
                    max-age-days: 10
                    severity: error
                """, file);
        ConfigExplanation.EnabledRule stale = rule(config.explain("a.md"), "freshness/stale-date");
        assertEquals(at(file, 4, "rules.freshness/stale-date"), stale.severityOrigin());
        assertEquals(at(file, 3, "rules.freshness/stale-date.max-age-days"), option(stale, "max-age-days").origin());
        assertEquals(at(file, 2, "rules.freshness/stale-date"), stale.enabledBy());
    }

    @Test
    void aRuleAtItsDefaultSeverityNamesWhatTurnedItOn() {
        Config config = loader.load("""
                extends: none
                rules:
                  grammar/languagetool: on
                files:
                  exclude: [drafts/**]
                """, dir.resolve(".contentlint.yml"));
        ConfigExplanation e = config.explain("a.md");
        ConfigExplanation.EnabledRule lt = rule(e, "grammar/languagetool");
        assertEquals(Severity.WARNING, lt.severity());
        assertEquals(Origin.DEFAULT, lt.severityOrigin());
        assertEquals(at(dir.resolve(".contentlint.yml"), 3, "rules.grammar/languagetool"), lt.enabledBy());
        assertEquals(at(dir.resolve(".contentlint.yml"), 5, "files.exclude"), settings(e).get("files.exclude").origin());
        assertNull(rule(e, "structure/empty-section"), "not named, so not enabled");
    }

    @Test
    void explainingChangesNeitherRulesNorFingerprint() {
        String yaml = "extends: strict\nrules:\n  structure/empty-section: off\n";
        Config a = loader.load(yaml, dir.resolve(".contentlint.yml"));
        Config b = loader.load(yaml, dir.resolve(".contentlint.yml"));
        a.explain("x.md");
        assertEquals(b.fingerprint(), a.fingerprint());
        assertEquals(b.forFile("x.md").rules().keySet(), a.forFile("x.md").rules().keySet());
        assertEquals(a.forFile("x.md").rules().keySet(),
                a.explain("x.md").rules().stream().map(ConfigExplanation.EnabledRule::id).collect(Collectors.toSet()));
    }

    @Test
    void strictAgainstRecommendedListsWhatStrictAddsAndChanges() {
        ConfigExplanation recommended = loader.loadPreset("recommended", dir).explain("a.md");
        ConfigExplanation strict = loader.loadPreset("strict", dir).explain("a.md");
        ConfigDiff diff = ConfigDiff.between(recommended, strict);
        Map<String, ConfigDiff.RuleChange> byId = diff.changes().stream()
                .collect(Collectors.toMap(ConfigDiff.RuleChange::id, c -> c));
        assertEquals(ConfigDiff.Change.ADDED, byId.get("grammar/languagetool").change());
        assertEquals(Severity.WARNING, byId.get("grammar/languagetool").to());
        ConfigDiff.RuleChange stale = byId.get("freshness/stale-date");
        assertEquals(ConfigDiff.Change.CHANGED, stale.change());
        assertEquals(Severity.WARNING, stale.from());
        assertEquals(Severity.ERROR, stale.to());
        assertEquals(List.of(new ConfigDiff.OptionChange("max-age-days", 365, 180)), stale.options());
        assertEquals(2, diff.changes().size(), "empty-section is the same in both: " + diff);
        assertTrue(ConfigDiff.between(strict, strict).changes().isEmpty());
        assertEquals(ConfigDiff.Change.REMOVED, ConfigDiff.between(strict, recommended).changes().stream()
                .filter(c -> c.id().equals("grammar/languagetool")).findFirst().orElseThrow().change());
    }

    @Test
    void valuesAreWrittenAsAConfigSpellsThem() {
        assertEquals("[a, b]", ConfigValues.text(List.of("a", "b")));
        assertEquals("year-first", ConfigValues.text(TestRules.DateOrder.YEAR_FIRST));
        assertEquals("^TODO", ConfigValues.text(java.util.regex.Pattern.compile("^TODO")));
        assertEquals("{e-mail: email}", ConfigValues.text(Map.of("e-mail", "email")));
        assertEquals("~", ConfigValues.text(null));
    }
}
