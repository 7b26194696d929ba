package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check -} with {@code --stdin-filename}: standard input is linted as that file would be (its config
 * overrides, its format, max-file-size), and the file of that name is not read.
 */
class StdinAsPathTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve(".contentlint.yml"), """
                root: true
                max-file-size: 400
                rules:
                  freshness/stale-date: { severity: error }
                overrides:
                  - files: ["docs/drafts/**"]
                    rules: { freshness/stale-date: { severity: info } }
                """);
        Files.createDirectories(dir.resolve("docs/drafts"));
        Files.writeString(dir.resolve("docs/drafts/page.md"), "# Saved\n\nNothing stale here.\n");
        cli = new Cli(dir);
    }

    private List<String> staleLines(Cli.Result r) {
        return r.out().lines().filter(l -> l.endsWith("[freshness/stale-date]")).toList();
    }

    @Test
    void standardInputMeetsTheConfigOfThePathItIsNamedFor() {
        Cli.Result draft = cli.stdin(CheckCommandTest.STALE_PAGE)
                .run("-", "--stdin-filename", "docs/drafts/page.md", "--today", CheckCommandTest.TODAY);
        List<String> lines = staleLines(draft);
        assertEquals(1, lines.size(), draft.toString());
        assertTrue(lines.get(0).startsWith("docs/drafts/page.md:3:15: info: "), draft.toString());

        Cli.Result page = cli.stdin(CheckCommandTest.STALE_PAGE)
                .run("-", "--stdin-filename", "./docs/page.md", "--today", CheckCommandTest.TODAY);
        assertTrue(staleLines(page).get(0).startsWith("docs/page.md:3:15: error: "), page.toString());
        assertEquals(1, page.code(), page.toString());
    }

    @Test
    void standardInputOverMaxFileSizeIsNotLinted() {
        Cli.Result r = cli.stdin(CheckCommandTest.STALE_PAGE + "More text. ".repeat(50))
                .run("-", "--stdin-filename", "docs/drafts/page.md", "--today", CheckCommandTest.TODAY);
        assertEquals(List.of(), staleLines(r), r.toString());
        assertTrue(r.out().contains("docs/drafts/page.md:1:1: warning: The content is more than max-file-size "
                + "(400 bytes); it was not linted."), r.toString());
    }

    @Test
    void standardInputIsReadOnlyOneBytePastMaxFileSize() {
        byte[] big = ("# Big\n\n" + "More text. ".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(big);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"check", "-", "--stdin-filename", "docs/page.md"}, in, o, o,
                java.util.Map.of(), dir);
        assertEquals(0, code, out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("contentlint/file-too-large"));
        assertEquals(big.length - 401, in.available(), "the rest of standard input was never read");
    }
}
