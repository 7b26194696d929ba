package dev.contentlint.core.report.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The report's model and its four formats, with hostile text in the documents. */
class ReadabilityReportTest {
    /** Fourteen words of a very high grade, in the active voice. */
    static final String HARD_SENTENCE = "Notwithstanding considerable methodological heterogeneity, contemporary organizational"
            + " implementations necessitate systematic evaluation of interdependent infrastructural considerations.";
    static final String HOSTILE = """
            Intro <script>alert('heading')</script>

            The cat sat on the mat. It was a warm day and the sun was out. <script>alert("text")</script> We had tea.

            Terms & "conditions" <img src=x onerror=alert(1)>

            Notwithstanding considerable methodological heterogeneity, contemporary organizational implementations
            necessitate systematic evaluation of interdependent infrastructural considerations. The plan was approved.
            """ + (HARD_SENTENCE + " ").repeat(5) + "\n";
    static final String EASY = "# Easy\n\n" + "We go home. We eat. We sleep. ".repeat(15) + "\n";

    static ReadabilityReport report() {
        return new ReadabilityReport(List.of(
                ReadabilityReports.entry(Parsers.parse(Path.of("a.txt"), "docs/<b>a</b>.txt", HOSTILE, Format.TEXT), 3),
                ReadabilityReports.entry(Parsers.parse(Path.of("b.md"), "docs/b.md", EASY, Format.MARKDOWN), 0)), 12, false);
    }

    static String html(ReadabilityReport r) throws IOException {
        StringWriter w = new StringWriter();
        ReadabilityHtml.write(r, "Readability report", w);
        return w.toString();
    }

    @Test
    void summaryFiguresAndSections() {
        ReadabilityReport r = report();
        assertEquals(2, r.files().size());
        var hostile = r.files().get(0);
        assertEquals(List.of("Intro <script>alert('heading')</script>", "Terms & \"conditions\" <img src=x onerror=alert(1)>"),
                hostile.sections().stream().map(ReadabilityReport.SectionEntry::title).map(String::strip).toList());
        assertEquals(5, hostile.sections().get(1).line());
        assertTrue(hostile.grade() > 12, "grade " + hostile.grade());
        assertTrue(r.files().get(1).grade() < 2);
        assertEquals(0.5, r.shareAboveTarget(), 1e-9);
        assertEquals((hostile.grade() + r.files().get(1).grade()) / 2, r.medianGrade(), 1e-9);
        assertEquals(1.0 / 10, hostile.passiveShare(), 1e-9);
    }

    @Test
    void htmlEscapesEverythingTakenFromDocumentsAndHasOneRowPerFile() throws IOException {
        String html = html(report());
        assertFalse(html.contains("<script>alert"), "unescaped script");
        assertFalse(html.contains("<img src=x"), "unescaped tag");
        assertFalse(html.contains("<b>a</b>"), "unescaped path");
        assertTrue(html.contains("Intro &lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link"), "no network");
        var dom = Jsoup.parse(html);
        assertEquals(1, dom.select("script").size(), "only the sorting script");
        assertEquals(2, dom.select("#files tbody tr").size());
        assertEquals("docs/<b>a</b>.txt", dom.select("#files tbody tr").get(0).child(0).text());
        assertEquals(1, dom.select("#files tbody tr.hard").size());
        assertEquals(2, dom.select("details").size());
        assertTrue(dom.select("svg.hist rect").size() >= 16);
        assertEquals("2", dom.select(".card .value").get(0).text());
    }

    @Test
    void jsonHasTheDocumentedKeys() throws IOException {
        StringWriter w = new StringWriter();
        ReadabilityJson.write(report(), w);
        String json = w.toString();
        for (String key : List.of("\"files\"", "\"path\"", "\"metrics\"", "\"words\"", "\"sentences\"", "\"syllables\"",
                "\"polysyllables\"", "\"flesch_reading_ease\"", "\"flesch_kincaid_grade\"", "\"gunning_fog\"", "\"smog\"",
                "\"coleman_liau\"", "\"ari\"", "\"sections\"", "\"summary\"", "\"median_grade\"", "\"share_above_target\""))
            assertTrue(json.contains(key + ":"), key);
        assertTrue(json.contains("\"path\": \"docs/<b>a</b>.txt\""));
        assertTrue(json.contains("\"title\": \"Terms & \\\"conditions\\\" <img"));
    }

    @Test
    void baselineAddsChangesAndMarksNewFiles() throws IOException {
        String old = """
                {"files": [{"path": "docs/b.md", "metrics": {"words": 4, "flesch_kincaid_grade": 3.5,
                  "flesch_reading_ease": 90}}], "summary": {}}
                """;
        ReadabilityReport r = ReadabilityBaseline.parse(old).apply(report());
        assertNull(r.files().get(0).change());
        var change = r.files().get(1).change();
        assertEquals(r.files().get(1).grade() - 3.5, change.grade(), 1e-9);
        assertEquals(r.files().get(1).metrics().counts().words() - 4, change.words());
        StringWriter w = new StringWriter();
        ReadabilityJson.write(r, w);
        assertTrue(w.toString().contains("\"change\": null"));
        assertTrue(html(r).contains("<td data-v=\"\">new</td>"));
        var e = assertThrows(IllegalArgumentException.class, () -> ReadabilityBaseline.parse("[1, 2]"));
        assertEquals("is not a readability report: it has no \"files\" list", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadabilityBaseline.parse("{\"files\": [}"));
    }

    @Test
    void aCsvCellThatWouldRunAsAFormulaIsText() throws IOException {
        String csv = csv("=HYPERLINK(\"http://x\",\"a\").md", "+1.md", "-2.md", "@SUM(A1).md", "\tb.md", "plain-=.md");
        List<String> cells = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(".md") + 3)).toList();
        assertEquals(List.of("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\").md", "'+1.md", "'-2.md", "'@SUM(A1).md",
                "'\tb.md", "plain-=.md"), cells);
        assertTrue(csv("\rc.md").contains("\r\n\"'\rc.md\","), "a leading carriage return is quoted too");
    }

    private static String csv(String... names) throws IOException {
        List<ReadabilityReport.FileEntry> files = new java.util.ArrayList<>();
        for (String name : names) files.add(ReadabilityReports.entry(Parsers.parse(Path.of("x.md"), name, EASY, Format.MARKDOWN), 0));
        StringWriter w = new StringWriter();
        ReadabilityTables.csv(new ReadabilityReport(files, 12, false), w);
        return w.toString();
    }

    @Test
    void csvAndMarkdownHaveOneRowPerFile() throws IOException {
        StringWriter csv = new StringWriter();
        ReadabilityTables.csv(report(), csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("path,words,sentences,syllables,polysyllables,flesch_reading_ease,"));
        assertTrue(lines[2].startsWith("docs/b.md,"));
        StringWriter md = new StringWriter();
        ReadabilityTables.markdown(report(), md);
        assertTrue(md.toString().contains("| docs/&lt;b&gt;a&lt;/b&gt;.txt |"), md.toString());
        assertEquals(4, md.toString().lines().filter(l -> l.startsWith("|")).count());
    }

    static ReadabilityReport.FileEntry entry(String path, String text, Format format) {
        return ReadabilityReports.entry(Parsers.parse(Path.of(path), path, text, format), 0);
    }

    @Test
    void aFileUnderTheMinimumIsListedButNotGradedOrCounted() throws IOException {
        var tiny = entry("docs/tiny.md", "# Notwithstanding\n\nIncomprehensibility characterises documentation.\n", Format.MARKDOWN);
        assertTrue(tiny.metrics().scored() && tiny.grade() > 12, "a five-word page scores grade " + tiny.grade());
        assertFalse(tiny.graded());
        var easy = entry("docs/b.md", EASY, Format.MARKDOWN);
        ReadabilityReport r = new ReadabilityReport(List.of(tiny, easy), 12, false);
        assertEquals(0.0, r.shareAboveTarget(), 1e-9, "the tiny page is not counted above the target");
        assertEquals(easy.grade(), r.medianGrade(), 1e-9);
        assertEquals(1, r.ungraded());
        var dom = Jsoup.parse(html(r));
        assertEquals("not graded", dom.select("#files tbody tr").get(0).child(1).text());
        assertEquals(0, dom.select("#files tbody tr.hard").size());
        StringWriter md = new StringWriter();
        ReadabilityTables.markdown(r, md);
        assertTrue(md.toString().contains("| docs/tiny.md | not graded |"), md.toString());
        assertTrue(md.toString().contains("(1 not graded: under 100 words)"), md.toString());
    }

    @Test
    void hardestMarksOnlySectionsAboveTheTargetHardestFirst() throws IOException {
        String text = "# Guide\n\n" + "We go home. We eat. We sleep. ".repeat(6) + "\n\n## Hardest\n\n" + HARD_SENTENCE + " "
                + HARD_SENTENCE + "\n\n## Easy too\n\n" + "The cat sat on the mat. ".repeat(6) + "\n\n## Hard\n\n"
                + "Configuration management requires careful consideration of interdependent deployment requirements. ".repeat(3)
                + "\n\n## Short\n\nIncomprehensibility characterises documentation.\n";
        var f = entry("docs/guide.md", text, Format.MARKDOWN);
        ReadabilityReport r = new ReadabilityReport(List.of(f), 12, false);
        assertEquals(List.of("Hardest", "Hard"), r.hardest(f).stream().map(ReadabilityReport.SectionEntry::title).toList());
        var badges = Jsoup.parse(html(r)).select("table.sections tr.hardest td:first-child");
        assertEquals(List.of("Hardest hardest", "Hard hardest"), badges.eachText());
        var easyOnly = entry("docs/b.md", EASY, Format.MARKDOWN);
        assertEquals(List.of(), new ReadabilityReport(List.of(easyOnly), 12, false).hardest(easyOnly),
                "a file with only easy sections has no hardest section");
    }

    @Test
    void sectionTitlesKeepTheirCode() throws IOException {
        var md = entry("docs/fmt.md", "# Automatic Formatting with `rustfmt`\n\nWe go home.\n\n## The **`--check`** flag and"
                + " [links](x.md)\n\nWe eat.\n", Format.MARKDOWN);
        assertEquals(List.of("Automatic Formatting with `rustfmt`", "The `--check` flag and links"),
                md.sections().stream().map(ReadabilityReport.SectionEntry::title).toList());
        var html = entry("docs/mod.html", "<html lang=\"en\"><body><h1>Using <code class=\"module\"><a href=\"x\">mod_rewrite"
                + "</a></code> rules</h1><p>We go home.</p></body></html>", Format.HTML);
        assertEquals("Using `mod_rewrite` rules", html.sections().get(0).title());
        var dom = Jsoup.parse(html(new ReadabilityReport(List.of(md, html), 12, false)));
        assertEquals(List.of("rustfmt", "--check", "mod_rewrite"), dom.select("table.sections td code").eachText());
    }

    @Test
    void baselineGivesEachSectionItsChangeAndMarkdownListsWhatGotHarder() throws IOException {
        String before = "# Guide\n\n" + "We go home. We eat. We sleep. ".repeat(10) + "\n\n## Setup\n\n"
                + "We go home. We eat. We sleep. ".repeat(5) + "\n";
        String after = "# Guide\n\n" + "We go home. We eat. We sleep. ".repeat(10) + "\n\n## New part\n\n"
                + "The cat sat on the mat. ".repeat(4) + "\n\n## Setup\n\n" + (HARD_SENTENCE + " ").repeat(3) + "\n";
        StringWriter old = new StringWriter();
        ReadabilityJson.write(new ReadabilityReport(List.of(entry("docs/g.md", before, Format.MARKDOWN)), 12, false), old);
        ReadabilityReport r = ReadabilityBaseline.parse(old.toString())
                .apply(new ReadabilityReport(List.of(entry("docs/g.md", after, Format.MARKDOWN),
                        entry("docs/b.md", EASY, Format.MARKDOWN)), 12, false));
        var g = r.files().get(0);
        List<Double> d = g.change().sections();
        assertEquals(3, d.size());
        assertEquals(0.0, d.get(0), 1e-3, "Guide did not change");
        assertTrue(Double.isNaN(d.get(1)), "New part is new");
        assertTrue(d.get(2) > 5, "Setup got much harder: " + d.get(2));
        StringWriter md = new StringWriter();
        ReadabilityTables.markdown(r, md);
        String page = md.toString();
        assertTrue(page.contains("## Changes since the baseline"), page);
        assertTrue(page.contains("1 harder, 0 easier, 1 new, 0 unchanged"), page);
        assertTrue(page.matches("(?s).*\\| docs/g\\.md \\| [0-9.]+ \\| \\+[0-9.]+ \\| Setup \\(\\+[0-9.]+\\) \\|.*"), page);
        assertTrue(page.contains("### New files") && page.contains("| docs/b.md |"), page);
        assertTrue(page.contains("<details><summary>All files</summary>"), page);
        StringWriter json = new StringWriter();
        ReadabilityJson.write(r, json);
        assertTrue(json.toString().contains("\"grade_change\": null"), "the new section has no change");
    }
}
