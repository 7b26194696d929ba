package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contentlint baseline}, {@code check --baseline} and {@code baseline --prune}. */
class BaselineCommandTest {
    static final String PAGE = """
            # Rates

            Send us an e-mail about the rate.

            ## Other

            Ask the team by e-mail first.
            """;

    @TempDir
    Path dir;
    Cli cli;
    Path page;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), "extends: recommended\nglossary: [terms.yml]\n");
        Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n    rejected: [e-mail]\n");
        page = dir.resolve("docs/rates.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        cli = new Cli(dir);
    }

    @Test
    void movedTextStillMatchesAndOnlyNewFindingsFail() throws IOException {
        assertEquals(1, cli.run("docs", "--fail-on", "warning").code(), "two rejected spellings fail");
        Cli.Result written = cli.run("baseline", "docs");
        assertEquals(0, written.code(), written.toString());
        assertTrue(written.err().contains("Wrote 3 entries for 1 file to .contentlint-baseline.json"), written.toString());
        String json = Files.readString(dir.resolve(".contentlint-baseline.json"));
        assertTrue(json.contains("\"rule\": \"glossary/rejected-term\"") && json.contains("\"fingerprint\""), json);

        Cli.Result clean = cli.run("docs", "--fail-on", "warning", "--baseline", ".contentlint-baseline.json");
        assertEquals(0, clean.code(), clean.toString());
        assertTrue(clean.err().contains("3 hidden by the baseline"), "two rejected spellings and the unused-entry note: " + clean);

        // The sections swap places and one new sentence brings a new problem: only it is reported.
        Files.writeString(page, """
                # Rates

                ## Other

                Ask the team by e-mail first.

                Send us an e-mail about the rate.

                A new e-mail address is coming.
                """);
        Cli.Result moved = cli.run("docs", "--fail-on", "warning", "--baseline", ".contentlint-baseline.json");
        assertEquals(1, moved.code(), moved.toString());
        assertEquals(1, moved.out().lines().count(), moved.toString());
        assertTrue(moved.out().startsWith("docs/rates.md:9:7: warning: Use \"email\""), moved.toString());
    }

    @Test
    void unmatchedEntriesAreReportedAndPruneRemovesOnlyThem() throws IOException {
        cli.run("baseline", "docs");
        String json = Files.readString(dir.resolve(".contentlint-baseline.json"));
        Files.writeString(dir.resolve(".contentlint-baseline.json"),
                json.replaceFirst("\"message\": ", "\"reason\": \"legacy page\", \"message\": "));
        Files.writeString(page, PAGE.replace("Ask the team by e-mail first.", "Ask the team first."));
        Files.writeString(dir.resolve(".contentlint.yml"),
                "extends: recommended\nglossary: [terms.yml]\nbaseline: .contentlint-baseline.json\n");
        Cli.Result r = cli.run("docs", "--fail-on", "warning");
        assertEquals(0, r.code(), "the config's baseline applies: " + r);
        assertTrue(r.err().contains("1 baseline entry matches no finding any more"), r.toString());
        assertTrue(r.err().contains("contentlint baseline --prune"), r.toString());

        Cli.Result sarif = cli.run("docs", "--format", "sarif");
        assertTrue(sarif.out().contains("\"suppressions\": [") && sarif.out().contains("\"kind\": \"external\""), sarif.out());
        assertTrue(sarif.out().contains("\"justification\": \"legacy page\""), sarif.out());
        Cli.Result jsonOut = cli.run("docs", "--format", "json");
        assertTrue(jsonOut.out().contains("\"suppressed\": ["), jsonOut.out());
        assertTrue(jsonOut.out().contains("\"findings\": []"), "the hidden finding is listed apart: " + jsonOut.out());

        Files.writeString(page, PAGE.replace("Ask the team by e-mail first.", "Ask the team first.")
                + "\nA new e-mail line.\n");
        Cli.Result pruned = cli.run("baseline", "--prune", "docs");
        assertEquals(0, pruned.code(), pruned.toString());
        assertTrue(pruned.err().contains("Removed 1 of 3 entries"), pruned.toString());
        String after = Files.readString(dir.resolve(".contentlint-baseline.json"));
        assertEquals(2, after.split("\"fingerprint\"").length - 1, "the new finding is not added: " + after);
        assertTrue(after.contains("legacy page"), "the reason of the kept entry stays: " + after);
    }

    @Test
    void aMissingOrBrokenBaselineIsAConfigErrorWithoutATrace() throws IOException {
        Cli.Result missing = cli.run("docs", "--baseline", "nope.json");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("contentlint baseline"), missing.toString());
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 9, \"entries\": []}");
        Cli.Result bad = cli.run("docs", "--baseline", "bad.json");
        assertEquals(2, bad.code(), bad.toString());
        assertFalse(bad.err().contains("Exception"), bad.toString());
    }
}
