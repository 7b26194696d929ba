package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Format;
import dev.contentlint.core.rule.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading {@code files.formats}: globs to markdown, html or text, first match wins, mistakes named. */
class FilesFormatsConfigTest {
    private static final Path FILE = Path.of("proj", ".contentlint.yml");
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private Config load(String yaml) {
        return loader.load(yaml, FILE);
    }

    @Test
    void globsMapToFormatsInTheOrderWritten() {
        Config c = load("files:\n  formats:\n    'docs/special.txt': html\n    '**/*.txt': Markdown\n    '*.page': text\n");
        assertEquals(Optional.of(Format.HTML), c.formats().formatOf("docs/special.txt"));
        assertEquals(Optional.of(Format.MARKDOWN), c.formats().formatOf("docs/other.txt"));
        assertEquals(Optional.of(Format.TEXT), c.formats().formatOf("a/b.page"));
        assertEquals(Optional.empty(), c.formats().formatOf("a.md"));
        assertEquals(Format.MARKDOWN, c.formats().choose("a.md", Format.TEXT), "unmapped: the extension");
        assertEquals(Format.TEXT, c.formats().choose("a.unknown", Format.TEXT));
        assertEquals(Map.of("docs/special.txt", "html", "**/*.txt", "markdown", "*.page", "text"),
                c.formats().asWritten());
    }

    @Test
    void withoutTheSettingNothingIsMappedAndAMappingChangesTheFingerprint() {
        Config plain = load("language: en-US\n");
        assertTrue(plain.formats().isEmpty());
        assertNotEquals(plain.fingerprint(), load("language: en-US\nfiles:\n  formats: { '*.txt': markdown }\n").fingerprint(),
                "a mapping changes how files are read, so cached results of the old reading do not apply");
    }

    @Test
    void aLaterLayerReplacesTheMapping(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("base.yml"), "files:\n  formats: { '*.txt': markdown }\n");
        java.nio.file.Files.writeString(dir.resolve(".contentlint.yml"),
                "extends: ./base.yml\nfiles:\n  formats: { '*.page': html }\n");
        Config c = loader.load(dir.resolve(".contentlint.yml"));
        assertEquals(Optional.empty(), c.formats().formatOf("a.txt"));
        assertEquals(Optional.of(Format.HTML), c.formats().formatOf("a.page"));
        assertEquals(Map.of("*.page", "html"), c.explain("a.page").settings().stream()
                .filter(s -> s.key().equals("files.formats")).findFirst().orElseThrow().value());
    }

    @Test
    void anUnknownFormatOrABadGlobSaysWhatToWrite() {
        String bad = assertThrows(ConfigException.class,
                () -> load("files:\n  formats:\n    '*.txt': asciidoc\n")).getMessage();
        assertTrue(bad.contains("'asciidoc' is not a format; write markdown, html or text"), bad);
        assertTrue(bad.startsWith(FILE + ":3"), bad);
        String glob = assertThrows(ConfigException.class,
                () -> load("files:\n  formats:\n    'docs/[ab.txt': markdown\n")).getMessage();
        assertTrue(glob.contains("bad glob 'docs/[ab.txt'"), glob);
        String list = assertThrows(ConfigException.class, () -> load("files:\n  formats: ['*.txt']\n")).getMessage();
        assertTrue(list.contains("a map of globs to a format"), list);
    }
}
