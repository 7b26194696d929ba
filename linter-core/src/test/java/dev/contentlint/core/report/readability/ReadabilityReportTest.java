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
    static final String HOSTILE = """
            Intro <script>alert('heading')</script>

            The cat sat on the mat. It was a warm day and the sun was out. <script>alert("text")</script> We had tea.

            Terms & "conditions" <img src=x onerror=alert(1)>

            Notwithstanding considerable methodological heterogeneity, contemporary organizational implementations
            necessitate systematic evaluation of interdependent infrastructural considerations. The plan was approved.
            """;
    static final String EASY = "# Easy\n\nWe go home. We eat. We sleep.\n";

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
        assertEquals(1.0 / 5, hostile.passiveShare(), 1e-9);
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
}
