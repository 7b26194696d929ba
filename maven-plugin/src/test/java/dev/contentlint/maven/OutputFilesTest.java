package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import dev.contentlint.core.report.Formatters;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void formatsAreReadCaseInsensitivelyOnceEach() {
        assertEquals(List.of("sarif", "junit"),
                OutputFiles.formats(" SARIF, junit ,sarif").stream().map(Formatter::name).toList());
        assertEquals(List.of(), OutputFiles.formats(""));
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        UsageException e = assertThrows(UsageException.class, () -> OutputFiles.formats("json,html"));
        assertEquals("outputFormats: 'html' is not a format; use any of text, json, sarif, checkstyle, junit, github, gitlab",
                e.getMessage());
    }

    @Test
    void everyFormatHasItsOwnFileName() {
        List<String> names = Formatters.names().stream().map(OutputFiles::fileName).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertEquals("contentlint.sarif", OutputFiles.fileName("sarif"));
        assertEquals("TEST-contentlint.xml", OutputFiles.fileName("junit"));
    }

    @Test
    void writesEachFormatIntoTheFolder() throws IOException {
        Finding f = new Finding("freshness/stale-date", Severity.ERROR, "Too old", "docs/a.md", new Location(3, 15, 3, 30));
        RunResult result = new RunResult(List.of(f), List.of("docs/a.md"), List.of(), Duration.ZERO);
        Path out = dir.resolve("target/contentlint");
        List<Path> written = OutputFiles.write(result, OutputFiles.formats("text,checkstyle"), out,
                FormatOptions.plain("1.0").withBaseDir(dir));
        assertEquals(List.of(out.resolve("contentlint.txt"), out.resolve("contentlint-checkstyle.xml")), written);
        assertEquals("docs/a.md:3:15: error: Too old [freshness/stale-date]\n", Files.readString(written.get(0)));
        assertTrue(Files.readString(written.get(1)).contains("line=\"3\""));
    }

    @Test
    void filesOfFormatsNoLongerRequestedAreDeletedAndNothingElse() throws IOException {
        Path out = Files.createDirectories(dir.resolve("target/contentlint"));
        for (String name : List.of("contentlint.json", "contentlint.sarif", "TEST-contentlint.xml",
                "contentlint-checkstyle.xml", "notes.txt")) Files.writeString(out.resolve(name), "x");
        Files.createDirectories(out.resolve("cache"));
        Files.createDirectories(out.resolve("contentlint.txt")); // a folder by a format's name is not a report

        List<Path> removed = OutputFiles.removeOthers(OutputFiles.formats("json,sarif"), out);

        assertEquals(List.of(out.resolve("TEST-contentlint.xml"), out.resolve("contentlint-checkstyle.xml")), removed);
        assertTrue(Files.isRegularFile(out.resolve("contentlint.json")));
        assertTrue(Files.isRegularFile(out.resolve("contentlint.sarif")));
        assertTrue(Files.isRegularFile(out.resolve("notes.txt")));
        assertTrue(Files.isDirectory(out.resolve("cache")));
        assertTrue(Files.isDirectory(out.resolve("contentlint.txt")));
        assertFalse(Files.exists(out.resolve("TEST-contentlint.xml")));
    }

    @Test
    void aMissingFolderHasNothingToDelete() {
        assertEquals(List.of(), OutputFiles.removeOthers(List.of(), dir.resolve("none")));
    }
}
