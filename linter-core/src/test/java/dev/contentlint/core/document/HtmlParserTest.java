package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.block;
import static dev.contentlint.core.document.Docs.find;
import static dev.contentlint.core.document.Docs.html;
import static dev.contentlint.core.document.Docs.loc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
    private static final String PAGE = String.join("\r\n",
            "<!DOCTYPE html>",
            "<html lang=\"en\"><head><title>Page title</title><script>var s = '<p>not prose</p>';</script></head>",
            "<body>",
            "<h1>Main &amp; title</h1>",
            "<p>Para 😀 target with <a href=\"/x\">link text</a>",
            "  and <code>code()</code> &eacute;t&eacute; <!-- note --></p>",
            "<div>loose text <span>in span</span><p>inner para</p>after inner</div>",
            "<ul><li>one<li>two <ul><li>nested target</li></ul> tail</ul>",
            "<table><thead><tr><th>H1<th>H2</thead><tr><td>c1<td>cell target</table>",
            "<img src=\"a.png\"><img src=\"b.png\" alt=\"B &amp; alt\"><input type=\"image\" src=\"go.png\" alt=\"Go\">",
            "<h2>Sub</h2><p>last",
            "");

    @Test
    void proseMapsExactlyThroughCrlfEntitiesAndAstralCharacters() {
        Document d = html(PAGE);
        assertEquals(loc(5, 11, 5, 17), find(d, "target"));
        ProseBlock p = block(d, "Para");
        assertEquals("Para 😀 target with link text\nand été", p.text());
        int e = p.text().indexOf('é');
        assertEquals(PAGE.indexOf("&eacute;"), p.sourceOffset(e), "an entity maps to its '&'");
        assertEquals(loc(6, 27, 6, 44), d.location(p.sourceSpan(e, e + 3)));
        assertEquals(ProseBlock.Kind.HEADING, block(d, "Main & title").kind());
        assertEquals(loc(4, 5, 4, 21), find(d, "Main & title"));
        assertEquals(List.of(ProseBlock.MarkupKind.TAG, ProseBlock.MarkupKind.TAG, ProseBlock.MarkupKind.CODE,
                ProseBlock.MarkupKind.COMMENT), p.markup().stream().map(ProseBlock.Markup::kind).toList());
    }

    @Test
    void blocksFollowTheElementStructure() {
        Document d = html(PAGE);
        List<String> texts = d.prose().stream().map(ProseBlock::text).toList();
        assertTrue(texts.containsAll(List.of("loose text in span", "inner para", "after inner", "one", "two tail",
                "nested target", "H1", "cell target", "B & alt", "Go", "Sub", "last")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("not prose") || t.contains("Page title") || t.contains("code()")));
        assertEquals(ProseBlock.Kind.LIST_ITEM, block(d, "nested target").kind());
        assertEquals(loc(8, 35, 8, 41), locOf(d, "nested target", "target"));
        assertEquals(ProseBlock.Kind.TABLE_CELL, block(d, "cell target").kind());
        assertEquals(ProseBlock.Kind.ALT_TEXT, block(d, "B & alt").kind());
        assertEquals("Page title", d.html().title());
    }

    private static Location locOf(Document d, String blockWord, String word) {
        ProseBlock b = block(d, blockWord);
        int i = b.text().indexOf(blockWord) + blockWord.indexOf(word);
        return d.location(b.sourceSpan(i, i + word.length()));
    }

    @Test
    void imagesLinksTablesCommentsAndSections() {
        Document d = html(PAGE);
        assertEquals(List.of("a.png", "b.png", "go.png"), d.images().stream().map(Image::source).toList());
        assertNull(d.images().get(0).alt());
        assertEquals("B & alt", d.images().get(1).alt());
        assertEquals(loc(10, 18, 10, 53), d.location(d.images().get(1).span()));
        Link link = d.links().get(0);
        assertEquals("/x", link.destination());
        assertEquals("link text", link.text());
        assertEquals(loc(5, 23, 5, 49), d.location(link.span()));
        Table t = d.tables().get(0);
        assertEquals(1, t.headerRows());
        assertEquals(List.of(List.of("H1", "H2"), List.of("c1", "cell target")), t.rows());
        assertEquals(loc(9, 1, 9, 72), d.location(t.span()));
        assertEquals(" note ", d.comments().get(0).text());
        assertEquals(loc(6, 45, 6, 58), d.location(d.comments().get(0).span()));
        Section main = d.sections().get(0);
        assertEquals(1, main.level());
        assertEquals("Main & title", main.title());
        assertEquals(loc(4, 1, 4, 26), d.location(main.heading()));
        assertEquals(List.of("Sub"), main.children().stream().map(Section::title).toList());
        assertEquals(d.text().length(), main.span().end());
    }

    @Test
    void spanOfIsExactForEveryElement() {
        Document d = html(PAGE);
        for (Element e : d.html().select("p, a, img, li, td, th, h1, h2, code, ul, table")) {
            Span s = d.spanOf(e);
            String src = d.text().substring(s.start(), s.end());
            assertTrue(src.toLowerCase().startsWith("<" + e.normalName()), e.normalName() + " maps to " + src);
        }
        Element li = d.html().select("li").get(0);
        assertEquals("<li>one", d.text().substring(d.spanOf(li).start(), d.spanOf(li).end()));
    }

    @Test
    void headerRowsCountLeadingThRows() {
        Document d = html("<table><tr><th>a</th><th>b</th></tr><tr><th>c</th><td>d</td></tr></table>");
        assertEquals(1, d.tables().get(0).headerRows());
    }

    @Test
    void bomAndUtf16InputKeepPositions() {
        byte[] body = "<p>中 😀 target</p>\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Document d = Parsers.parse(Path.of("a.html"), "a.html", bytes, Format.HTML);
        assertEquals(loc(1, 8, 1, 14), find(d, "target"));
        byte[] utf8 = ("\uFEFF<p>é target</p>").getBytes(StandardCharsets.UTF_8);
        Document d2 = Parsers.parse(Path.of("b.html"), "b.html", utf8, Format.HTML);
        assertEquals(loc(1, 6, 1, 12), find(d2, "target"));
    }

    @Test
    void deeplyNestedTablesLinksAndHeadingsStayLinear() {
        Document tables = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> html("<table><tr><td>".repeat(20_000) + "cell"));
        assertEquals(20_000, tables.tables().size());
        assertEquals(1, tables.tables().get(0).rows().size());
        assertEquals(1, tables.tables().get(0).rows().get(0).size());
        assertEquals(ProseBlock.Kind.TABLE_CELL, block(tables, "cell").kind());
        Document links = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> html("<span><a href=x>".repeat(20_000) + "text"));
        assertEquals(20_000, links.links().size());
        assertEquals("text", links.links().get(links.links().size() - 1).text());
        Document headings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> html("<li><h2>".repeat(20_000) + "title"));
        assertEquals("title", headings.allSections().get(headings.allSections().size() - 1).title());
    }

    @Test
    void fiftyThousandUnclosedTagsComplete() {
        Document divs = html("<div>".repeat(50_000) + "deep div text");
        assertEquals("deep div text", divs.prose().get(divs.prose().size() - 1).text());
        Document bold = html("<p>" + "<b>".repeat(50_000) + "bold text");
        assertEquals(loc(1, 150_004, 1, 150_013), find(bold, "bold text"));
        assertEquals(Span.START.start(), bold.spanOf(bold.html().selectFirst("p")).start());
    }
}
