package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {
    @Test
    void findsTheShippedFixturesOfARule() {
        List<String> names = Fixtures.forRule(Fixtures.root(), "freshness/stale-date").stream()
                .map(p -> Fixtures.nameOf(Fixtures.root(), p)).toList();
        assertTrue(names.contains("freshness/stale-date.md"), names.toString());
        assertTrue(names.contains("freshness/stale-date--front-matter.md"), names.toString());
        assertTrue(names.contains("freshness/stale-date.html"), names.toString());
        assertTrue(names.contains("freshness/stale-date.txt"), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(List.of(), Fixtures.forRule(Fixtures.root(), "freshness/no-such-rule"));
        assertEquals(List.of(), Fixtures.forRule(Fixtures.root(), "nofamily/stale-date"));
    }

    @Test
    void findsFixturesInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("rules-fixtures.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("fixtures/README.md", "fixtures/style/long-line.md", "fixtures/style/long-line--crlf.txt",
                    "fixtures/style/long-lines.md", "fixtures/style/notes.yml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path root = Fixtures.locate(new URL("jar:" + jar.toUri() + "!/" + Fixtures.ANCHOR));
        assertEquals(List.of("style/long-line--crlf.txt", "style/long-line.md"),
                Fixtures.forRule(root, "style/long-line").stream().map(p -> Fixtures.nameOf(root, p)).toList());
        assertEquals(3, Fixtures.all(root).size(), "README.md and non-documents are not fixtures");
        assertEquals("x\n", Fixtures.read(root, root.resolve("style/long-line.md")).text());
        root.getFileSystem().close();
    }
}
