package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contentlint report}: formats, baseline, mistakes, and the HTML page as a browser renders it. */
class ReportCommandTest {
    static final String HARD = "# Notice <script>alert('h')</script>\n\nNotwithstanding considerable methodological "
            + "heterogeneity, contemporary organizational implementations necessitate systematic evaluation of "
            + "interdependent infrastructural considerations. The plan was approved by the board.\n\n"
            + "## Terms \\<script>alert('t')\\</script>\n\nThe text says \\<script>alert('x')\\</script> here. We go.\n\n"
            + "## Details\n\n" + ("Comprehensive organizational documentation necessitates systematic evaluation of"
            + " interdependent infrastructural considerations and methodological heterogeneity. ").repeat(6) + "\n";
    /** Over 100 words, so the page is graded. */
    static final String EASY = "# Easy\n\n" + "We go home. We eat. We sleep. The cat sat on the mat. ".repeat(10) + "\n";

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("docs/guide"));
        Files.writeString(dir.resolve("docs/hard.md"), HARD);
        Files.writeString(dir.resolve("docs/guide/easy.md"), EASY);
        Files.writeString(dir.resolve("docs/plain.txt"), "Plain text\n\nThe dog ran. It was fast.\n");
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\nrules:\n  readability/passive-voice: { min-sentences: 1 }\n");
        cli = new Cli(dir);
    }

    @Test
    void jsonReportHasOneEntryPerFileWithFindingsAndSections() throws IOException {
        Cli.Result r = cli.run("report", "docs", "--format", "json", "--output", "out/report.json");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("Readability report of 3 files written to out/report.json"), r.toString());
        String json = Files.readString(dir.resolve("out/report.json"));
        assertTrue(json.contains("\"path\": \"docs/guide/easy.md\""), json);
        assertTrue(json.contains("\"path\": \"docs/hard.md\""), json);
        assertTrue(json.contains("\"title\": \"Terms <script>alert('t')</script>\""), json);
        assertTrue(json.contains("\"findings\": 2"), json); // passive-voice at the heading and its listed sentence
        assertTrue(json.contains("\"share_above_target\": 0.5"), json); // plain.txt is too short to grade
        assertTrue(json.contains("\"ungraded\": 1"), json);
    }

    @Test
    void onATerminalTheReportGoesToADefaultFileNamedOnStderr() throws IOException {
        Cli.Result r = cli.tty().run("report", "docs");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertTrue(r.err().contains("Readability report of 3 files written to contentlint-report.html (standard output"
                + " is a terminal; -o FILE names another file, and a pipe or redirect gets the report itself)"), r.toString());
        assertTrue(Files.readString(dir.resolve("contentlint-report.html")).contains("docs/hard.md"));
        for (String format : List.of("json", "csv", "md")) {
            Cli.Result f = cli.run("report", "docs", "-f", format);
            assertEquals(0, f.code(), f.toString());
            assertTrue(Files.readString(dir.resolve("contentlint-report." + format)).contains("docs/hard.md"), format);
        }
    }

    @Test
    void onATerminalAnOutputOptionStillWins() throws IOException {
        Cli.Result r = cli.tty().run("report", "docs", "-f", "md", "-o", "readability.md");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("written to readability.md\n") || r.err().strip().endsWith("written to readability.md"),
                r.toString());
        assertTrue(Files.exists(dir.resolve("readability.md")));
        assertFalse(Files.exists(dir.resolve("contentlint-report.md")));
    }

    @Test
    void pipedOrRedirectedTheReportStaysOnStandardOutput() {
        Cli.Result r = cli.run("report", "docs");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("<html") && r.out().contains("docs/hard.md"), r.toString());
        assertFalse(Files.exists(dir.resolve("contentlint-report.html")));
        assertTrue(r.err().contains("Readability report of 3 files\n") || r.err().strip().endsWith("Readability report of 3 files"),
                r.toString());
    }

    @Test
    void baselineAddsTheChangeOfEachFile() throws IOException {
        assertEquals(0, cli.run("report", "docs", "-f", "json", "-o", "old.json").code());
        Files.writeString(dir.resolve("docs/guide/easy.md"), EASY + "\nNotwithstanding considerable heterogeneity, "
                + "organizational implementations necessitate systematic evaluation.\n");
        Files.writeString(dir.resolve("docs/new.md"), EASY);
        Cli.Result r = cli.run("report", "docs", "-f", "csv", "--baseline", "old.json");
        assertEquals(0, r.code(), r.toString());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.get(0).endsWith(",findings,grade_change"), rows.get(0));
        String easy = rows.stream().filter(l -> l.startsWith("docs/guide/easy.md,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(easy.substring(easy.lastIndexOf(',') + 1)) > 1, easy);
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("docs/new.md,") && l.endsWith(",")), r.out());
    }

    @Test
    void mistakesGetMessagesNotTraces() throws IOException {
        Cli.Result format = cli.run("report", "docs", "--format", "pdf");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("'pdf' is not one of html, json, csv, md"), format.toString());
        Files.writeString(dir.resolve("bad.json"), "[1, 2]");
        Cli.Result baseline = cli.run("report", "docs", "--baseline", "bad.json");
        assertEquals(2, baseline.code());
        assertTrue(baseline.err().contains("the baseline bad.json is not a readability report"), baseline.toString());
        assertFalse(baseline.err().contains("\tat "), baseline.toString());
        Cli.Result missing = cli.run("report", "nope");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("No such file or directory: nope"), missing.toString());
    }

    @Test
    void markdownReportListsHardestFirst() {
        Cli.Result r = cli.run("report", "docs", "--format", "md");
        assertEquals(0, r.code(), r.toString());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| docs/")).toList();
        assertEquals(3, rows.size(), r.out());
        assertTrue(rows.get(0).startsWith("| docs/hard.md |"), r.out());
    }

    /** The HTML page rendered by headless Chromium: one table row per file and a screenshot that is not blank. */
    @Test
    void htmlRendersInABrowser() throws Exception {
        Cli.Result r = cli.run("report", "docs", "-o", "report.html");
        assertEquals(0, r.code(), r.toString());
        Path html = dir.resolve("report.html");
        var page = Jsoup.parse(Files.readString(html));
        assertEquals(3, page.select("#files tbody tr").size());
        assertTrue(page.select("script:not([type])").size() == 1 && page.html().contains("&lt;script&gt;alert('t')"), "escaped");

        String chromium = chromium();
        assumeTrue(chromium != null, "no chromium on PATH (Debian package 'chromium'; .ci/run installs it): "
                + "the browser rendering is not checked here");
        String dom = run(chromium, "--dump-dom", html.toUri().toString());
        var rendered = Jsoup.parse(dom);
        assertEquals(3, rendered.select("#files tbody tr").size(), dom);
        assertTrue(rendered.select("script:not([type])").size() == 1, "no script from the documents ran into the page");

        Path png = dir.resolve("shot.png");
        run(chromium, "--screenshot=" + png, "--window-size=1280,1000", html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4)
            for (int x = 0; x < image.getWidth(); x += 4) colours.add(image.getRGB(x, y));
        assertTrue(colours.size() > 20, "the screenshot looks blank: " + colours.size() + " colours");
    }

    /** The text view as the browser draws it: marks present, and no script error in the browser's log. */
    @Test
    void theTextViewOpensWithItsMarksAndNoScriptError() throws Exception {
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\nrules:\n  style/wordy-phrases: info\n");
        Files.writeString(dir.resolve("docs/hard.md"), HARD + "\nWe meet in order to plan. The plan was made by the team.\n");
        Cli.Result r = cli.run("report", "docs", "-o", "report.html");
        assertEquals(0, r.code(), r.toString());
        Path html = dir.resolve("report.html");
        var page = Jsoup.parse(Files.readString(html));
        assertEquals(3, page.select("button.show-text").size(), "one text view per file with prose");
        assertTrue(page.select("button.show-text[data-path=docs/hard.md]").size() == 1);

        String chromium = chromium();
        assumeTrue(chromium != null, "no chromium on PATH (Debian package 'chromium'; .ci/run installs it): "
                + "the text view is not checked in a browser here");
        Path log = dir.resolve("chrome.log");
        String dom = run(chromium, log, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom",
                html.toUri() + "#text:docs/hard.md");
        var rendered = Jsoup.parse(dom);
        assertFalse(rendered.select("#textview").hasAttr("hidden"), "the text view is open: " + dom.length() + " chars");
        assertEquals("Text of docs/hard.md", rendered.select("#textview h2").text());
        assertFalse(rendered.select("#textview .m-very-hard").isEmpty(), "very hard sentences are marked");
        assertFalse(rendered.select("#textview .m-passive").isEmpty(), "passive sentences are marked");
        assertTrue(rendered.select("#textview .m-rule").eachAttr("title").stream().anyMatch(t -> t.contains("in order to")),
                "the wordy phrase is marked");
        assertTrue(rendered.select("#textview .m-tag").eachText().contains("wordy-phrases"), "marks say their rule, not colour only");
        assertTrue(rendered.select("#textview .tv-filters input[type=checkbox]").size() >= 3, "a filter per kind of mark");
        String browserLog = Files.readString(log);
        assertFalse(browserLog.contains("Uncaught") || browserLog.contains(":ERROR:CONSOLE"), browserLog);
    }

    /** The page passes contentlint's own accessibility rules. */
    @Test
    void theReportPassesTheAccessibilityRules() throws IOException {
        assertEquals(0, cli.run("report", "docs", "-o", "report.html").code());
        Files.writeString(dir.resolve("a11y.yml"), "root: true\nextends: strict\nrules:\n"
                + "  grammar/languagetool: off\n  spelling/misspelling: off\n");
        Cli.Result r = cli.run("check", "--config", "a11y.yml", "--format", "json", "report.html");
        assertFalse(r.out().contains("\"ruleId\": \"a11y/"), r.out());
        assertTrue(r.out().contains("\"files\": 1"), r.out());
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
        return null;
    }

    private String run(String chromium, String... args) throws IOException, InterruptedException {
        return run(chromium, null, args);
    }

    private String run(String chromium, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + dir.resolve("chrome-profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(log == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.to(log.toFile())).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
