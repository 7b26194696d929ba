package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.document.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code files.formats} chooses the format of walked files, named files and buffers over their extension. */
class FilesFormatsTest {
    @TempDir Path root;

    private TestConfig config() {
        Map<String, Format> m = new LinkedHashMap<>();
        m.put("notes/**/*.txt", Format.MARKDOWN);
        m.put("*.mdx", Format.MARKDOWN);
        m.put("legacy/*.md", Format.TEXT);
        return new TestConfig(root).formats(m);
    }

    private void write(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# Title\n");
    }

    private Map<String, Format> walk(TestConfig config, String... args) {
        Map<String, Format> out = new TreeMap<>();
        for (SourceFile f : new FileWalker(config, root).walk(List.of(args))) out.put(f.relativePath(), f.format());
        return out;
    }

    @Test
    void aMappedGlobWinsOverTheExtensionAndAddsFilesAWalkWouldSkip() throws IOException {
        write("notes/a/readme.txt");
        write("plain.txt");
        write("page.mdx");
        write("legacy/old.md");
        write("other.bin");
        assertEquals(Map.of("notes/a/readme.txt", Format.MARKDOWN, "plain.txt", Format.TEXT,
                "page.mdx", Format.MARKDOWN, "legacy/old.md", Format.TEXT), walk(config(), "."));
        assertEquals(Map.of("legacy/old.md", Format.TEXT, "notes/a/readme.txt", Format.MARKDOWN),
                walk(config(), "notes/a/readme.txt", "legacy/old.md"), "named files too");
        assertEquals(Map.of("page.mdx", Format.MARKDOWN), walk(config(), "*.mdx"), "and globs");
    }

    @Test
    void withoutAMappingTheExtensionDecides() throws IOException {
        write("notes/a/readme.txt");
        write("page.mdx");
        assertEquals(Map.of("notes/a/readme.txt", Format.TEXT), walk(new TestConfig(root), "."));
    }

    @Test
    void aBufferIsReadInTheFormatItsPathIsMappedTo() {
        BufferInputTest.FormatProduct format = new BufferInputTest.FormatProduct();
        RunResult r = new Engine(config(), TestRules.registry(), EngineOptions.defaults(root), List.of())
                .withParser(new TestParser())
                .run(List.of(Input.buffer("notes/x.txt", "# T\n".getBytes(StandardCharsets.UTF_8)),
                        Input.buffer("y.txt", "# T\n".getBytes(StandardCharsets.UTF_8))), List.of(format));
        assertEquals(Map.of("notes/x.txt", Format.MARKDOWN, "y.txt", Format.TEXT), r.products(format));
    }
}
