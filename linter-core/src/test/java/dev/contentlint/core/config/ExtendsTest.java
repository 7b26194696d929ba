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
