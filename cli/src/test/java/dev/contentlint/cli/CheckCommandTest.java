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

class CheckCommandTest {
    /** A page whose only problem is its "Last updated" date (a warning by default). */
    static final String STALE_PAGE = """
            # Guide

            Last updated: 2020-01-15

            This guide explains how the product works and what to do first.
            """;
    static final String TODAY = "2026-11-26";

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        // Config discovery stops at a folder holding .git, so nothing above the temp folder leaks in.
        Files.createDirectories(dir.resolve(".git"));
        cli = new Cli(dir);
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private void staleAsError() throws IOException {
        write(".contentlint.yml", """
                extends: recommended
                rules:
                  freshness/stale-date: { severity: error }
                """);
    }

    @Test
    void warningsAloneExitZeroAndPrintGnuStyleLines() throws IOException {
        write("docs/guide.md", STALE_PAGE);
        Cli.Result r = cli.run("docs", "--today", TODAY);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("docs/guide.md:3:"), r.toString());
        assertTrue(r.out().contains(": warning: "), r.toString());
        assertTrue(r.out().contains("[freshness/stale-date]"), r.toString());
        assertFalse(r.err().isBlank(), "a summary line on stderr: " + r);
    }

    @Test
    void aConfigWithoutExtendsChecksWithTheRecommendedRules() throws IOException {
        write("docs/guide.md", STALE_PAGE);
        write(".contentlint.yml", "today: " + TODAY + "\n");
        Cli.Result r = cli.run("docs");
        assertTrue(r.out().contains("docs/guide.md:3:") && r.out().contains("[freshness/stale-date]"), r.toString());
        assertFalse(r.err().contains("No rules are enabled"), r.toString());
    }

    @Test
    void aRunWithNoRuleEnabledSaysSoInsteadOfNoProblemsFound() throws IOException {
        write("docs/guide.md", STALE_PAGE);
        write(".contentlint.yml", "extends: none\ntoday: " + TODAY + "\n");
        for (String[] args : new String[][] {{"docs"}, {"docs", "--quiet"}}) {
            Cli.Result r = cli.run(args);
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.out(), r.toString());
            assertFalse(r.err().contains("No problems found"), r.toString());
            assertEquals("No rules are enabled, so nothing was checked in 1 file: .contentlint.yml ("
                    + dir.resolve(".contentlint.yml") + ") and what it extends turn no rule on; start from a preset"
                    + " with 'extends: recommended', or turn rules on under 'rules:' ('contentlint rules' lists them)",
                    r.err().strip(), r.toString());
        }
    }

    @Test
    void explicitCheckCommandIsTheSameAsTheDefault() throws IOException {
        write("docs/guide.md", STALE_PAGE);
        Cli.Result implicit = cli.run("docs", "--today", TODAY);
        Cli.Result explicit = cli.run("check", "docs", "--today", TODAY);
        assertEquals(implicit.code(), explicit.code());
        assertEquals(implicit.out(), explicit.out());
    }

    @Test
    void noArgumentsChecksTheWorkingDirectory() throws IOException {
        write("docs/guide.md", STALE_PAGE);
        write(".contentlint.yml", "extends: recommended\ntoday: " + TODAY + "\n");
        Cli.Result r = cli.run();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("docs/guide.md:3:"), r.toString());
    }

    @Test
    void errorsExitOne() throws IOException {
        staleAsError();
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", TODAY);
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("guide.md:3:"), r.toString());
        assertTrue(r.out().contains(": error: "), r.toString());
    }

    @Test
    void cleanFileExitsZeroWithNoOutput() throws IOException {
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", "2020-02-01");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void todayDecidesWhetherADateIsStale() throws IOException {
        write("guide.md", STALE_PAGE);
        assertEquals("", cli.run("guide.md", "--today", "2020-06-01").out());
        Cli.Result late = cli.run("guide.md", "--today", "2021-06-01");
        assertTrue(late.out().contains("[freshness/stale-date]"), late.toString());
        assertTrue(late.out().contains("503"), "age in days from --today: " + late);
    }

    @Test
    void failOnWarningTurnsWarningsIntoFailure() throws IOException {
        write("guide.md", STALE_PAGE);
        assertEquals(0, cli.run("guide.md", "--today", TODAY, "--fail-on", "error").code());
        assertEquals(1, cli.run("guide.md", "--today", TODAY, "--fail-on", "warning").code());
        assertEquals(1, cli.run("guide.md", "--today", TODAY, "--fail-on", "info").code());
    }

    @Test
    void maxWarningsCountsWarnings() throws IOException {
        write("a.md", STALE_PAGE);
        write("b.md", STALE_PAGE);
        assertEquals(1, cli.run("a.md", "b.md", "--today", TODAY, "--max-warnings", "1").code());
        assertEquals(0, cli.run("a.md", "b.md", "--today", TODAY, "--max-warnings", "2").code());
        assertEquals(0, cli.run("a.md", "b.md", "--today", TODAY, "--max-warnings", "-1").code());
        assertEquals(1, cli.run("a.md", "--today", TODAY, "--max-warnings", "0").code());
    }

    @Test
    void exitZeroIgnoresFindingsButNotUsageErrors() throws IOException {
        staleAsError();
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", TODAY, "--exit-zero");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains(": error: "), r.toString());
        assertEquals(2, cli.run("missing.md", "--exit-zero").code());
    }

    @Test
    void stdinIsLintedUnderTheGivenName() throws IOException {
        Cli.Result r = cli.stdin(STALE_PAGE).run("-", "--stdin-filename", "docs/from-stdin.md", "--today", TODAY);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("docs/from-stdin.md:3:"), r.toString());
    }

    @Test
    void stdinFilenameWithoutDashIsAUsageError() {
        Cli.Result r = cli.run("--stdin-filename", "x.md", ".");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("add '-'"), r.toString());
    }

    @Test
    void missingPathIsAnInputError() {
        Cli.Result r = cli.run("docs/missing.md");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("contentlint: No such file or directory: docs/missing.md"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void configErrorNamesFileAndLineWithoutStackTrace() throws IOException {
        write(".contentlint.yml", """
                extends: recommended
                rules:
                  freshness/stale-dat: error
                """);
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("contentlint: config error: "), r.toString());
        assertTrue(r.err().contains(".contentlint.yml:3"), r.toString());
        assertTrue(r.err().contains("freshness/stale-date"), "suggests the closest id: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
        assertFalse(r.err().contains("Exception"), "no exception class: " + r);
    }

    @Test
    void explicitConfigFileIsUsedAndAMissingOneIsAConfigError() throws IOException {
        write("conf/strict.yml", """
                extends: recommended
                rules:
                  freshness/stale-date: { severity: error }
                """);
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("--config", "conf/strict.yml", "guide.md", "--today", TODAY);
        assertEquals(1, r.code(), r.toString());
        Cli.Result missing = cli.run("--config", "conf/nope.yml", "guide.md");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("config error: conf/nope.yml"), missing.toString());
    }

    @Test
    void aFolderGivenAsTheConfigSaysWhichSettingNamedIt() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        write("guide.md", STALE_PAGE);
        Cli.Result option = cli.run("--config", "conf", "guide.md");
        assertEquals(2, option.code(), option.toString());
        assertEquals("contentlint: config error: conf: is a folder; --config needs a .contentlint.yml file\n",
                option.err().replace(System.lineSeparator(), "\n"));
        Cli.Result env = cli.env("CONTENTLINT_CONFIG", "conf").run("guide.md");
        assertEquals(2, env.code(), env.toString());
        assertTrue(env.err().contains("is a folder; CONTENTLINT_CONFIG needs a .contentlint.yml file"), env.toString());
    }

    @Test
    void configFromEnvironment() throws IOException {
        write("conf/strict.yml", """
                extends: recommended
                rules:
                  freshness/stale-date: { severity: error }
                """);
        write("guide.md", STALE_PAGE);
        assertEquals(1, cli.env("CONTENTLINT_CONFIG", "conf/strict.yml").run("guide.md", "--today", TODAY).code());
    }

    @Test
    void outputWritesTheReportToAFileCreatingFolders() throws IOException {
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", TODAY, "--output", "reports/out/lint.txt");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
        String report = Files.readString(dir.resolve("reports/out/lint.txt"));
        assertTrue(report.startsWith("guide.md:3:"), report);
        assertFalse(r.err().isBlank(), "summary still on stderr");
        try (var files = Files.list(dir.resolve("reports/out"))) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outputToAFolderIsAnErrorAndLeavesItAlone() throws IOException {
        write("guide.md", STALE_PAGE);
        Files.createDirectories(dir.resolve("reports"));
        Cli.Result r = cli.run("guide.md", "--today", TODAY, "--output", "reports");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("contentlint: cannot write reports: it is a folder"), r.toString());
        assertTrue(Files.isDirectory(dir.resolve("reports")));
    }

    @Test
    void quietShowsErrorsOnlyAndNoSummary() throws IOException {
        write("guide.md", STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", TODAY, "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals("", r.err(), r.toString());
        staleAsError();
        Cli.Result errors = cli.run("guide.md", "--today", TODAY, "-q");
        assertEquals(1, errors.code(), errors.toString());
        assertTrue(errors.out().contains("[freshness/stale-date]"), errors.toString());
    }

    @Test
    void inlineConfigIsHonouredUnlessTurnedOff() throws IOException {
        write("guide.md", "<!-- contentlint-disable freshness/stale-date -->\n" + STALE_PAGE);
        assertEquals("", cli.run("guide.md", "--today", TODAY).out());
        Cli.Result r = cli.run("guide.md", "--today", TODAY, "--no-inline-config");
        assertTrue(r.out().contains("[freshness/stale-date]"), r.toString());
    }

    @Test
    void jobsDoNotChangeTheOutput() throws IOException {
        for (int i = 0; i < 12; i++) write("docs/p" + i + ".md", STALE_PAGE);
        Cli.Result one = cli.run("docs", "--today", TODAY, "--jobs", "1");
        Cli.Result four = cli.run("docs", "--today", TODAY, "-j", "4");
        assertEquals(12, one.out().lines().count(), one.toString());
        assertEquals(one.out(), four.out());
    }

    @Test
    void cacheGivesTheSameFindingsOnTheSecondRun() throws IOException {
        write("guide.md", STALE_PAGE);
        Cli.Result first = cli.run("guide.md", "--today", TODAY, "--cache-location", "build/cache");
        Cli.Result second = cli.run("guide.md", "--today", TODAY, "--cache-location", "build/cache");
        assertEquals(first.code(), second.code());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().contains("[freshness/stale-date]"), first.toString());
        assertTrue(Files.isDirectory(dir.resolve("build/cache")), "cache folder relative to the working directory");
        assertFalse(Files.exists(dir.resolve(".contentlint-cache")), "only where --cache-location says");
    }

    @Test
    void cacheDefaultsToAFolderInTheWorkingDirectory() throws IOException {
        write("guide.md", STALE_PAGE);
        assertEquals(0, cli.run("guide.md", "--today", TODAY).code());
        assertFalse(Files.exists(dir.resolve(".contentlint-cache")), "no cache unless asked for");
        assertEquals(0, cli.run("guide.md", "--today", TODAY, "--cache").code());
        assertTrue(Files.isDirectory(dir.resolve(".contentlint-cache")));
        try (var entries = Files.list(dir.resolve(".contentlint-cache"))) {
            assertTrue(entries.findAny().isPresent(), "the first run stored something");
        }
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() throws IOException {
        write("guide.md", STALE_PAGE);
        String esc = "\u001b[";
        assertFalse(cli.run("guide.md", "--today", TODAY).out().contains(esc), "not a terminal");
        assertTrue(new Cli(dir).tty().run("guide.md", "--today", TODAY).out().contains(esc), "a terminal");
        assertFalse(new Cli(dir).tty().env("NO_COLOR", "1").run("guide.md", "--today", TODAY).out().contains(esc),
                "NO_COLOR set");
        assertFalse(new Cli(dir).tty().run("guide.md", "--today", TODAY, "--no-color").out().contains(esc),
                "--no-color");
        assertTrue(cli.run("guide.md", "--today", TODAY, "--color").out().contains(esc), "--color forces it");
    }

    @Test
    void unknownFlagIsAUsageError() {
        Cli.Result r = cli.run("--bogus");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.toString());
        assertTrue(r.err().contains("Try 'contentlint --help'"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void badValuesAreUsageErrors() {
        for (String[] args : new String[][] {
                {"--fail-on", "fatal"}, {"--format", "xml"}, {"--jobs", "0"}, {"--today", "26/11/2026"},
                {"--max-warnings", "lots"}, {"--max-warnings", "-2"}, {"--color", "--no-color"}}) {
            Cli.Result r = cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r);
            assertTrue(r.err().contains("Try 'contentlint --help'"), String.join(" ", args) + ": " + r);
        }
        assertTrue(cli.run("--today", "2026-13-01").err().contains("YYYY-MM-DD"));
        assertTrue(cli.run("--format", "xml").err().contains("text, json, sarif"));
    }

    @Test
    void encodingReadsFilesWithoutAMarkInTheNamedCharset() throws IOException {
        Files.write(dir.resolve("page.md"), "# Café\n\nThe café opens at nine.\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result utf8 = cli.run("page.md", "--today", TODAY);
        assertTrue(utf8.out().contains("[contentlint/encoding]"), utf8.toString());
        Cli.Result latin1 = cli.run("page.md", "--today", TODAY, "--encoding", "ISO-8859-1");
        assertEquals(0, latin1.code(), latin1.toString());
        assertFalse(latin1.out().contains("[contentlint/encoding]"), latin1.toString());
        Cli.Result unknown = cli.run("page.md", "--encoding", "latin-9000");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("--encoding must name a charset, such as UTF-8, ISO-8859-1 or windows-1252, "
                + "not 'latin-9000'"), unknown.toString());
    }
}
