package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml);
        return p;
    }

    private static Map<String, Severity> severities(Config c) {
        Map<String, Severity> out = new TreeMap<>();
        c.forFile("a.md").rules().forEach((id, r) -> out.put(id, r.severity()));
        return out;
    }

    private static final Map<String, Severity> RECOMMENDED =
            Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO);

    @Test
    void aConfigWithoutExtendsStartsFromTheDefaultPreset() throws IOException {
        Config c = loader.load(write(".contentlint.yml", "today: 2026-11-26\n"));
        assertEquals(RECOMMENDED, severities(c));
        Config tuned = loader.load(write("tuned.yml", "rules:\n  grammar/languagetool: error\n"));
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "grammar/languagetool", Severity.ERROR,
                "structure/empty-section", Severity.INFO), severities(tuned));
    }

    @Test
    void aDetachedConfigExtendsPresetsAndResolvesFilesAgainstTheGivenFolder() throws IOException {
        Path module = dir.resolve("module");
        write("module/local.yml", "rules:\n  freshness/stale-date: off\n");
        Config c = loader.loadDetached("extends: [strict, local.yml]\nfiles:\n  include: ['docs/**']\n",
                "acme/contentlint.yml", module);
        assertEquals(module.toAbsolutePath().normalize(), c.baseDirectory());
        assertEquals(Path.of("acme/contentlint.yml"), c.file().orElseThrow());
        Map<String, Severity> expected = new TreeMap<>(severities(loader.loadPreset("strict", module)));
        assertEquals(Severity.ERROR, expected.remove("freshness/stale-date"));
        assertEquals(expected, severities(c), "strict, then the module's file");
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.loadDetached("extends: missing.yml\n", "acme/contentlint.yml", module));
        assertEquals("acme/contentlint.yml:1: extends: cannot find 'missing.yml': it is not a preset (known presets: "
                + "broken, recommended, strict) and there is no file " + module.resolve("missing.yml"), e.getMessage());
    }

    @Test
    void extendsNoneAndAnEmptyListStartFromNothing() throws IOException {
        assertEquals(Map.of(), severities(loader.load(write("none.yml", "extends: none\n"))));
        assertEquals(Map.of(), severities(loader.load(write("empty.yml", "extends: []\n"))));
        Config one = loader.load(write("one.yml", "extends: none\nrules:\n  grammar/languagetool: on\n"));
        assertEquals(Map.of("grammar/languagetool", Severity.WARNING), severities(one));
    }

    @Test
    void noneCannotBeListedWithOtherTargets() throws IOException {
        Path main = write(".contentlint.yml", "extends: [recommended, none]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(main));
        assertEquals(main + ":1: extends[1]: 'none' means extend nothing, so it cannot be listed with other targets;"
                + " write 'extends: none' alone, or remove it from the list", e.getMessage());
    }

    @Test
    void anExtendedFileWithoutExtendsAddsOnlyWhatItSays() throws IOException {
        write("base.yml", "rules:\n  grammar/languagetool: on\n");
        Config c = loader.load(write(".contentlint.yml", "extends: base.yml\n"));
        assertEquals(Map.of("grammar/languagetool", Severity.WARNING), severities(c));
    }

    @Test
    void anExtendedFileWithoutExtendsDoesNotBringTheDefaultBackIn() throws IOException {
        write("quiet.yml", "rules:\n  freshness/stale-date: off\n");
        write("french.yml", "language: fr\n");
        Config c = loader.load(write(".contentlint.yml", "extends: [recommended, quiet.yml, french.yml]\n"));
        // Had french.yml started from the default again, it would have turned stale-date back on.
        assertEquals(Map.of("structure/empty-section", Severity.INFO), severities(c));
        assertEquals("fr", c.language());
    }

    @Test
    void presetThenRelativeFileThenThisFile() throws IOException {
        write("shared/base.yml", """
                extends: recommended
                language: en-GB
                rules:
                  freshness/stale-date: { max-age-days: 90, date-order: dmy }
                  grammar/languagetool: error
                example-limit: 3
                """);
        Path main = write("project/.contentlint.yml", """
                extends: ../shared/base.yml
                rules:
                  freshness/stale-date: { max-age-days: 60 }
                  grammar/languagetool: off
                """);
        Config c = loader.load(main);
        assertEquals("en-GB", c.language());
        assertEquals(3, c.setting(ExampleLimitProvider.LIMIT));
        assertEquals(Map.of("freshness/stale-date", Severity.WARNING, "structure/empty-section", Severity.INFO),
                severities(c));
        var o = (TestRules.StaleDate.Options) c.forFile("a.md").rules().get("freshness/stale-date").options();
        assertEquals(60, o.maxAgeDays());
        assertEquals(TestRules.DateOrder.DMY, o.dateOrder());
        assertEquals(main.getParent(), c.baseDirectory());
    }

    @Test
    void aListIsMergedInOrder() throws IOException {
        write("a.yml", "rules: { freshness/stale-date: error }\nlanguage: fr\n");
        write("b.yml", "rules: { freshness/stale-date: info }\n");
        Config c = loader.load(write(".contentlint.yml", "extends: [a.yml, b.yml]\n"));
        assertEquals(Map.of("freshness/stale-date", Severity.INFO), severities(c));
        assertEquals("fr", c.language());
        Config reversed = loader.load(write("r.yml", "extends: [b.yml, a.yml]\n"));
        assertEquals(Map.of("freshness/stale-date", Severity.ERROR), severities(reversed));
    }

    @Test
    void errorsInAnExtendedFileNameThatFile() throws IOException {
        Path base = write("base.yml", "rules:\n  freshness/stale-date: { max-age-days: soon }\n");
        Path main = write(".contentlint.yml", "extends: base.yml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(main));
        assertEquals(base + ":2: rules.freshness/stale-date.max-age-days: expected a whole number, got 'soon'",
                e.getMessage());
    }

    @Test
    void cycleIsAnError() throws IOException {
        Path a = write("a.yml", "extends: b.yml\n");
        Path b = write("b.yml", "language: en\nextends: [recommended, a.yml]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(a));
        assertEquals(b + ":2: extends[1]: extends cycle: " + a.toRealPath() + " -> " + b.toRealPath() + " -> "
                + a.toRealPath() + "; remove one of these extends", e.getMessage());
    }

    @Test
    void selfExtensionIsACycle() throws IOException {
        Path a = write("self.yml", "extends: ./self.yml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(a));
        assertEquals(a + ":1: extends: extends cycle: " + a.toRealPath() + " -> " + a.toRealPath()
                + "; remove one of these extends", e.getMessage());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.yml");
        assertEquals(missing + ": config file not found",
                assertThrows(ConfigException.class, () -> loader.load(missing)).getMessage());
    }

    @Test
    void aDirectoryIsNotAConfigFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        assertEquals(sub + ": is a directory; name a config file such as " + sub.resolve(".contentlint.yml"),
                assertThrows(ConfigException.class, () -> loader.load(sub)).getMessage());
    }

    @Test
    void invalidUtf8() throws IOException {
        Path p = dir.resolve("latin1.yml");
        Files.write(p, new byte[] {'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertEquals(p + ": config file is not valid UTF-8; save it as UTF-8",
                assertThrows(ConfigException.class, () -> loader.load(p)).getMessage());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path p = write("bom.yml", "\uFEFFlanguage: nl\n");
        assertEquals("nl", loader.load(p).language());
    }
}
