package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.ServiceFactory;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.core.rule.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryFactoryTest {
    @TempDir
    Path dir;

    /** Service settings whose {@code dictionary:} names {@code lists}, as the config would parse them. */
    private ServiceFactory.ServiceSettings settings(Object lists) {
        SettingFiles files = Dictionary.SETTING.parse(YamlNode.of(lists, "dictionary"), dir);
        return new ServiceFactory.ServiceSettings() {
            @Override
            public String language() {
                return "en-US";
            }

            @Override
            public Path cacheDirectory() {
                return null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T setting(SettingSpec<T> spec) {
                return spec == Dictionary.SETTING ? (T) files : spec.defaultValue();
            }
        };
    }

    @Test
    void readsTheNamedWordLists() throws IOException {
        Files.writeString(dir.resolve("words.txt"), "# project words\nkubectl\nGitHub\n");
        Files.writeString(dir.resolve("more.txt"), "contentlint\n");
        Dictionary d = new DictionaryFactory().create(settings(List.of("words.txt", "more.txt")));
        assertTrue(d.accepts("Kubectl"));
        assertTrue(d.accepts("GitHub"));
        assertTrue(d.accepts("contentlint"));
        assertEquals(3, d.size());
        assertEquals(0, new DictionaryFactory().create(settings(null)).size());
    }

    @Test
    void theFingerprintChangesWithAWordList() throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "kubectl\n");
        Files.setLastModifiedTime(words, FileTime.fromMillis(1_000_000));
        DictionaryFactory factory = new DictionaryFactory();
        ServiceFactory.ServiceSettings s = settings("words.txt");
        String before = factory.fingerprint(s);
        assertEquals(before, factory.fingerprint(s));
        Files.writeString(words, "kubectl\nhelm\n");
        Files.setLastModifiedTime(words, FileTime.fromMillis(2_000_000));
        assertNotEquals(before, factory.fingerprint(s));
        assertEquals("", factory.fingerprint(settings(null)));
    }

    @Test
    void aMissingListIsAnErrorWhereTheConfigNamesIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> settings(List.of("nope.txt")));
        assertEquals("dictionary[0]: word list " + dir.resolve("nope.txt").toAbsolutePath().normalize()
                + " does not exist; fix the path (relative to " + dir + ") or remove it", e.getMessage());
    }

    @Test
    void twoWordsOnALineAreAnErrorAtThatLine() throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "kubectl\nhelm chart\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new DictionaryFactory().create(settings("words.txt")));
        assertEquals(words.toAbsolutePath().normalize(), e.file());
        assertEquals(2, e.line());
    }
}
