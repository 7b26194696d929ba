package dev.contentlint.rules.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sub-pages of an mdBook start at level 2, since the book shows the chapter title from SUMMARY.md. */
class PageHeadingBookTest {
    @TempDir
    Path dir;

    private static final String SUB_PAGE = "## Installing\n\nDownload the archive and unpack it.\n";

    private List<String> lint(Path... files) {
        List<Finding> findings = RuleTester.forRule("a11y/page-heading").lintFiles(List.of(files), Map.of());
        return findings.stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    @Test
    void aSubPageOfABookWithASummaryIsNotReported() throws IOException {
        Files.createDirectories(dir.resolve("src/guide"));
        Files.writeString(dir.resolve("src/SUMMARY.md"), "# Summary\n\n- [Installing](guide/install.md)\n");
        Path page = Files.writeString(dir.resolve("src/guide/install.md"), SUB_PAGE);
        assertEquals(List.of(), lint(page));
    }

    @Test
    void aSubPageBelowABookTomlIsNotReported() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("book.toml"), "[book]\ntitle = \"Guide\"\n");
        Path page = Files.writeString(dir.resolve("src/install.md"), SUB_PAGE);
        assertEquals(List.of(), lint(page));
    }

    @Test
    void theSamePageOutsideABookIsReported() throws IOException {
        Path page = Files.writeString(dir.resolve("install.md"), SUB_PAGE);
        assertEquals(List.of("install.md: The page has no top-level heading: start it with one (# Title in Markdown,"
                + " <h1> in HTML) naming what the page is about."), lint(page));
    }

    @Test
    void aBookPageThatDoesNotStartAtLevelTwoAndAnHtmlPageAreStillReported() throws IOException {
        Files.writeString(dir.resolve("book.toml"), "[book]\ntitle = \"Guide\"\n");
        Path deep = Files.writeString(dir.resolve("deep.md"), "### Details\n\nText.\n");
        Path html = Files.writeString(dir.resolve("page.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>P</title></head><body><h2>Part</h2><p>Text.</p></body></html>\n");
        assertEquals(List.of("deep.md: The page has no top-level heading: start it with one (# Title in Markdown,"
                        + " <h1> in HTML) naming what the page is about.",
                "page.html: The page has no top-level heading: start it with one (# Title in Markdown,"
                        + " <h1> in HTML) naming what the page is about."), lint(deep, html));
    }
}
