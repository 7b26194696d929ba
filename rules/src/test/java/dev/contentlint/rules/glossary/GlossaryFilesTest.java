package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.YamlNode;
import dev.contentlint.core.document.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The glossary a {@code glossary:} setting of {@code value} names, as the config reads it. */
    private Glossary load(Object value) {
        return GlossaryFiles.load(GlossaryFiles.SETTING.parse(YamlNode.of(value, "glossary"), dir));
    }

    @Test
    void readsYamlEntriesWithTheirPositions() throws IOException {
        write("g.yml", """
                terms:
                  - term: annual percentage rate
                    abbreviation: APR
                    definition: The yearly cost of borrowing.
                    variants: [A.P.R.]
                    rejected: [annual percent rate]
                  - term: escrow
                """);
        Glossary g = load("g.yml");
        assertEquals(2, g.entries().size());
        GlossaryEntry apr = g.entries().get(0);
        assertEquals("APR", apr.abbreviation());
        assertEquals(List.of("annual percent rate"), apr.rejected());
        assertEquals(new Location(2, 11, 2, 33), apr.location());
        assertNull(g.entries().get(1).abbreviation());
        assertTrue(g.definesAcronym("APR"));
        assertTrue(g.acceptedWords().containsAll(Set.of("annual percentage rate", "APR", "A.P.R", "percentage", "escrow")));
    }

    @Test
    void readsMarkdownHeadingsAndDefinitionLists() throws IOException {
        write("h.md", "# Glossary\n\n## Annual percentage rate (APR)\n\nThe yearly cost.\n\n## Escrow\n\nMoney held.\n");
        write("d.md", "# Terms\n\nBucket\n: A container.\n\nObject\n: A file.\n");
        Glossary g = load(List.of("h.md", "d.md"));
        assertEquals(List.of("Annual percentage rate", "Escrow", "Bucket", "Object"),
                g.entries().stream().map(GlossaryEntry::term).toList());
        assertEquals("APR", g.entries().get(0).abbreviation());
        assertEquals(3, g.entries().get(0).location().line());
        assertEquals("The yearly cost.", g.entries().get(0).definition());
    }

    @Test
    void mistakesAreConfigErrorsNamingFileAndLine() throws IOException {
        Path bad = write("bad.yml", "terms:\n  - term: a\n  - definition: no term here\n");
        ConfigException e = assertThrows(ConfigException.class, () -> load("bad.yml"));
        assertEquals(bad.toAbsolutePath().normalize(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("no 'term'"), e.getMessage());

        write("types.yml", "terms:\n  - term: a\n    variants: {x: 1}\n");
        e = assertThrows(ConfigException.class, () -> load("types.yml"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("variants: must be a list of strings"), e.getMessage());

        write("syntax.yml", "terms:\n  - term: [unclosed\n");
        e = assertThrows(ConfigException.class, () -> load("syntax.yml"));
        assertTrue(e.getMessage().startsWith(dir.resolve("syntax.yml").toAbsolutePath().normalize() + ":"), e.getMessage());
        assertTrue(e.line() > 0);

        e = assertThrows(ConfigException.class, () -> load(List.of("bad.yml", "missing.yml")));
        assertEquals("glossary[1]: glossary file " + dir.resolve("missing.yml").toAbsolutePath().normalize()
                + " does not exist; fix the path (relative to " + dir + ") or remove it", e.getMessage());
        e = assertThrows(ConfigException.class, () -> load(java.util.Map.of("a", "b")));
        assertEquals("glossary: expected a glossary file path or a list of them, got a map", e.getMessage());
    }
}
