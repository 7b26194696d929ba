package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.engine.DocumentParser;
import dev.contentlint.core.engine.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code report} and {@code terms} read documents through the engine: each file is parsed once, and a file the
 * engine cannot lint (too large, binary, one the parser fails on) gets the finding {@code check} gives it.
 */
class OneParseTest {
    @TempDir
    Path dir;

    /** Counts parses per file and fails, as a parser bug would, on files that say "parser-crash". */
    private final Map<String, Integer> parses = new ConcurrentHashMap<>();
    private final DocumentParser counting = new DocumentParser() {
        @Override
        public Document parse(Path path, String relativePath, byte[] content, Format format) {
            parses.merge(relativePath, 1, Integer::sum);
            if (new String(content, StandardCharsets.UTF_8).contains("parser-crash"))
                throw new IllegalStateException("cannot cope");
            return Parsers.parse(path, relativePath, content, format);
        }
    };
    private final UnaryOperator<Engine> engines = e -> e.withParser(counting);

    private record Result(int code, String out, String err) {}

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nmax-file-size: 400\nglossary: [glossary.yml]\n");
        Files.writeString(dir.resolve("glossary.yml"), "terms:\n  - term: escrow\n");
        Files.writeString(dir.resolve("docs/a.md"), "# A\n\nThe Closing Disclosure lists the CBT fees.\n");
        Files.writeString(dir.resolve("docs/b.md"), "# B\n\nAsk about the Closing Disclosure. We go home.\n");
        Files.writeString(dir.resolve("docs/big.md"), "# Big\n\n" + "The Closing Disclosure is long. ".repeat(20));
        Files.write(dir.resolve("docs/image.md"), new byte[] {'P', 'N', 'G', 0, 1, 2, 3});
        Files.writeString(dir.resolve("docs/crash.md"), "# Crash\n\nparser-crash\n");
    }

    private Terminal terminal(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, false, false);
    }

    private Result report(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new ReportCommand(terminal(out, err), Warmup::load, engines)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result terms(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new TermsCommand(terminal(out, err), Warmup::load, engines)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines {@code check} prints for a file. */
    private List<String> checkLines(String path) {
        Cli.Result r = new Cli(dir).run("check", "docs");
        return r.out().lines().filter(l -> l.startsWith(path + ":")).toList();
    }

    private Map<String, Integer> parses() {
        return new TreeMap<>(parses);
    }

    @Test
    void reportParsesEachFileOnceAndLeavesOutWhatCannotBeLintedWithItsFinding() {
        Result r = report("docs", "--format", "csv", "--jobs", "2");
        assertEquals(0, r.code(), r.toString());
        assertEquals(Map.of("docs/a.md", 1, "docs/b.md", 1, "docs/crash.md", 1, "docs/image.md", 1), parses(),
                "one parse per file that fits max-file-size, for the findings and the figures together");
        List<String> rows = r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("docs/a.md", "docs/b.md"), rows, r.out());

        List<String> big = checkLines("docs/big.md");
        List<String> image = checkLines("docs/image.md");
        assertEquals(1, big.size(), big.toString());
        assertTrue(big.get(0).endsWith("[contentlint/file-too-large]"), big.toString());
        assertTrue(image.get(0).endsWith("[contentlint/binary-file]"), image.toString());
        for (String line : List.of(big.get(0), image.get(0))) assertTrue(r.err().contains(line + "\n"), r.err());
        assertTrue(r.err().contains("docs/crash.md:1:1: error: The Markdown parser failed on this file: "
                + "java.lang.IllegalStateException: cannot cope. Please report it with this file. "
                + "[contentlint/internal-error]\n"), r.err());
        assertTrue(r.err().contains("Readability report of 2 files"), r.err());
    }

    @Test
    void termsParsesEachFileOnceRunsNoRuleAndReportsWhatCannotBeRead() {
        Result r = terms("docs");
        assertEquals(0, r.code(), r.toString());
        assertEquals(Map.of("docs/a.md", 1, "docs/b.md", 1, "docs/crash.md", 1, "docs/image.md", 1), parses());
        assertEquals("""
                docs/a.md:3:5: phrase "Closing Disclosure": 2 uses in 2 files
                docs/a.md:3:34: acronym "CBT": 1 use in 1 file
                2 candidate terms in 5 files
                """, r.out(), "the big file is not read, so its uses do not count");
        for (String line : List.of(checkLines("docs/big.md").get(0), checkLines("docs/image.md").get(0)))
            assertTrue(r.err().contains(line + "\n"), r.err());
        assertTrue(r.err().contains("docs/crash.md:1:1: error: The Markdown parser failed"), r.err());
        assertFalse(r.err().contains("[glossary/") || r.err().contains("[readability/"), "no rule ran: " + r.err());
    }

    @Test
    void theGlossaryFilesAreNotDocuments() throws IOException {
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nglossary: [docs/terms.md]\n");
        Files.writeString(dir.resolve("docs/terms.md"), "# Glossary\n\n## Closing Disclosure\n\nThe final form, "
                + "filed with the XYZ.\n\n## Loan Estimate\n\nThe first form, filed with the XYZ.\n");
        Result r = terms("docs/a.md", "docs/b.md", "docs/terms.md");
        assertEquals(0, r.code(), r.toString());
        assertEquals("""
                docs/a.md:3:34: acronym "CBT": 1 use in 1 file
                1 candidate term in 2 files
                """, r.out(), r.toString());
    }
}
