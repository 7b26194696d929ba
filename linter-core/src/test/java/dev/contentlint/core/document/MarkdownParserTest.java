package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.block;
import static dev.contentlint.core.document.Docs.find;
import static dev.contentlint.core.document.Docs.loc;
import static dev.contentlint.core.document.Docs.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    @Test
    void crlfAndAstralCharactersMapExactly() {
        Document d = md("# Title\r\n\r\nSome 😀 target here\r\nnext line café target2\r\n");
        assertEquals(loc(3, 8, 3, 14), find(d, "target"));
        assertEquals(loc(4, 16, 4, 23), find(d, "target2"));
        ProseBlock b = block(d, "target");
        assertEquals("Some 😀 target here\nnext line café target2", b.text());
        int nl = b.text().indexOf('\n');
        assertEquals(d.text().indexOf("\r\n", 10), b.sourceOffset(nl), "a soft break maps to its line break");
        assertEquals(ProseBlock.Kind.PARAGRAPH, b.kind());
        assertEquals(loc(3, 1, 4, 23), d.location(b.span()));
    }

    @Test
    void tabsAndWideCharactersAreOneColumn() {
        Document d = md("-\t中文\ttarget\n");
        assertEquals(loc(1, 6, 1, 12), find(d, "target"));
        assertEquals(ProseBlock.Kind.LIST_ITEM, block(d, "target").kind());
    }

    @Test
    void nestedListsQuotesAndCellsMapExactly() {
        String text = """
                - one
                  - two
                    - deep list target

                > quote
                > > nested quote target
                > > second line qtarget

                | a | b |
                |---|---|
                | x | é cell target |

                Term
                : definition dtarget
                """;
        Document d = md(text);
        assertEquals(loc(3, 17, 3, 23), find(d, "target"));
        assertEquals(loc(6, 18, 6, 24), locOf(d, "nested quote target", "target"));
        ProseBlock quote = block(d, "nested quote");
        assertEquals("nested quote target\nsecond line qtarget", quote.text());
        assertEquals(ProseBlock.Kind.BLOCK_QUOTE, quote.kind());
        assertEquals(loc(7, 17, 7, 24), find(d, "qtarget"));
        ProseBlock cell = block(d, "cell target");
        assertEquals(ProseBlock.Kind.TABLE_CELL, cell.kind());
        assertEquals(loc(11, 14, 11, 20), locOf(d, "é cell target", "target"));
        assertEquals(ProseBlock.Kind.DEFINITION, block(d, "dtarget").kind());
        assertEquals(ProseBlock.Kind.DEFINITION_TERM, block(d, "Term").kind());
        assertEquals(loc(14, 14, 14, 21), find(d, "dtarget"));
        Table t = d.tables().get(0);
        assertEquals(1, t.headerRows());
        assertEquals(List.of(List.of("a", "b"), List.of("x", "é cell target")), t.rows());
        assertEquals(loc(9, 1, 11, 22), d.location(t.span()));
    }

    private static Location locOf(Document d, String blockWord, String word) {
        ProseBlock b = block(d, blockWord);
        int i = b.text().indexOf(blockWord) + blockWord.indexOf(word);
        return d.location(b.sourceSpan(i, i + word.length()));
    }

    @Test
    void inlineMarkupIsRemovedAndRecorded() {
        String text = "Use \\*stars\\*, &amp; `code()` and **bold** [link text](http://x.com) <b>tag</b> <!-- c --> http://bare.com {{< sc a=\"b\" >}} end target\n";
        Document d = md(text);
        ProseBlock b = block(d, "target");
        assertEquals("Use *stars*, &  and bold link text tag    end target", b.text());
        assertEquals(text.indexOf("*stars"), b.sourceOffset(b.text().indexOf('*')), "an escaped char maps to itself");
        assertEquals(text.indexOf("&amp;"), b.sourceOffset(b.text().indexOf('&')), "an entity maps to its '&'");
        assertEquals(loc(1, 129, 1, 135), find(d, "target"));
        List<ProseBlock.MarkupKind> kinds = b.markup().stream().map(ProseBlock.Markup::kind).toList();
        assertEquals(List.of(ProseBlock.MarkupKind.CODE, ProseBlock.MarkupKind.URL, ProseBlock.MarkupKind.TAG,
                ProseBlock.MarkupKind.TAG, ProseBlock.MarkupKind.COMMENT, ProseBlock.MarkupKind.URL,
                ProseBlock.MarkupKind.TEMPLATE), kinds);
        ProseBlock.Markup code = b.markup().get(0);
        assertEquals("`code()`", text.substring(code.source().start(), code.source().end()));
        assertEquals(b.text().indexOf("  and") + 1, code.textIndex());
        ProseBlock.Markup template = b.markup().get(6);
        assertEquals("{{< sc a=\"b\" >}}", text.substring(template.source().start(), template.source().end()));
        Link link = d.links().get(0);
        assertEquals("http://x.com", link.destination());
        assertEquals("link text", link.text());
        assertEquals("[link text](http://x.com)", text.substring(link.span().start(), link.span().end()));
        assertEquals("http://bare.com", d.links().get(1).destination());
        Comment c = d.comments().get(0);
        assertEquals(" c ", c.text());
        assertEquals(loc(1, 81, 1, 91), d.location(c.span()));
    }

    @Test
    void bareLinksAreFoundInEveryFormTheAutolinkStepReadsAndPlainTextHoldsNone() {
        Document d = md("Plain words, no link at all.\n\nSee http://a.example/x, www.b.example, mail c@d.example,"
                + " http&#58;//e.example and *www.f.example* or \\www.g.example.\n");
        assertEquals(List.of("http://a.example/x", "www.b.example", "c@d.example", "www.f.example", "www.g.example"), d.links().stream().map(Link::destination).toList());
        assertTrue(md("Nothing here: just text, w w w, and an ampersand &amp; a colon.\n").links().isEmpty());
    }

    @Test
    void codeBlocksReferencesAndFrontMatterAreNotProse() {
        String text = "---\ntitle: Secret\n---\n```\nfenced words\n```\n\n    indented words\n\n[ref]: http://r.com\n\nsee [the ref][ref] and [ref]\n";
        Document d = md(text);
        assertEquals(List.of("see the ref and ref"), d.prose().stream().map(ProseBlock::text).toList());
        assertEquals(List.of("http://r.com", "http://r.com"), d.links().stream().map(Link::destination).toList());
        assertEquals("the ref", d.links().get(0).text());
    }

    @Test
    void frontMatterKeysAndValuesHaveSpans() {
        String text = "---\r\ntitle: Hello 😀\r\ndate: 2024-01-31\r\ntags: [a, b]\r\n---\r\n# Heading\r\n";
        Document d = md(text);
        FrontMatter fm = d.frontMatter();
        assertTrue(fm.isPresent());
        assertEquals("Hello 😀", fm.values().get("title"));
        assertEquals("2024-01-31", fm.values().get("date"), "dates stay strings");
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        assertEquals(loc(2, 1, 2, 6), d.location(fm.keySpans().get("title")));
        assertEquals(loc(2, 8, 2, 15), d.location(fm.valueSpans().get("title")));
        assertEquals(loc(3, 7, 3, 17), d.location(fm.valueSpans().get("date")));
        assertEquals(loc(1, 1, 5, 4), d.location(fm.span()));
        assertEquals(List.of("Heading"), d.prose().stream().map(ProseBlock::text).toList());
        assertEquals(1, d.sections().size(), "front matter alone makes no level-0 section");
    }

    @Test
    void invalidFrontMatterIsAnIssueAtItsLine() {
        Document d = md("---\ntitle: ok\nbad: [unclosed\nmore: x\n---\nBody text.\n");
        assertEquals(1, d.issues().size());
        ParseIssue i = d.issues().get(0);
        assertEquals("contentlint/front-matter", i.ruleId());
        assertEquals(loc(4, 1, 4, 8), d.location(i.span()));
        assertEquals("Front matter is not valid YAML (expected ',' or ']', but got : at line 4); fix the YAML between the --- lines.",
                i.message());
        assertTrue(d.frontMatter().values().isEmpty());
        assertTrue(d.frontMatter().isPresent());
        assertEquals(List.of("Body text."), d.prose().stream().map(ProseBlock::text).toList());
    }

    @Test
    void aTabInFrontMatterIsReportedOnItsLine() {
        Document d = md("---\r\ntitle: ok\r\n\tbad: tab\r\n---\r\nBody.\r\n");
        assertEquals(loc(3, 1, 3, 10), d.location(d.issues().get(0).span()));
        assertTrue(d.issues().get(0).message().contains("at line 3"), d.issues().get(0).message());
    }

    @Test
    void frontMatterThatIsNotAMapIsAnIssue() {
        Document d = md("---\n- a\n- b\n---\nBody.\n");
        assertEquals("contentlint/front-matter", d.issues().get(0).ruleId());
        assertEquals(List.of("Body."), d.prose().stream().map(ProseBlock::text).toList());
    }

    @Test
    void sectionsFollowHeadings() {
        String text = "Intro text.\n\n# A\n\npara\n\n## B *x*\n\nbody b\n\nSetext\n------\n\n# C\n";
        Document d = md(text);
        List<Section> top = d.sections();
        assertEquals(3, top.size());
        Section intro = top.get(0);
        assertEquals(0, intro.level());
        assertEquals(new Span(0, text.indexOf("# A")), intro.span());
        Section a = top.get(1);
        assertEquals("A", a.title());
        assertEquals(loc(3, 1, 3, 4), d.location(a.heading()));
        assertEquals(new Span(text.indexOf("# A"), text.indexOf("# C")), a.span());
        assertEquals(new Span(text.indexOf("# A") + 4, text.indexOf("## B")), a.body());
        assertEquals(List.of("B x", "Setext"), a.children().stream().map(Section::title).toList());
        Section setext = a.children().get(1);
        assertEquals(2, setext.level());
        assertEquals(loc(11, 1, 12, 7), d.location(setext.heading()));
        assertEquals(text.length(), top.get(2).span().end());
    }

    @Test
    void imagesFromMarkdownAndRawHtml() {
        String text = "![alt *emph* text](a.png) ![][r] <img src=\"b.png\">\n\n[r]: c.png\n\n<div>\n<img src=\"d.png\" alt=\"raw &amp; alt\">\n</div>\n";
        Document d = md(text);
        assertEquals(List.of("a.png", "c.png", "b.png", "d.png"), d.images().stream().map(Image::source).toList());
        Image a = d.images().get(0);
        assertEquals("alt emph text", a.alt());
        assertNull(a.element());
        assertEquals(loc(1, 1, 1, 26), d.location(a.span()));
        assertEquals("", d.images().get(1).alt());
        Image b = d.images().get(2);
        assertNull(b.alt());
        assertNotNull(b.element());
        assertEquals(loc(1, 34, 1, 51), d.location(b.span()));
        assertEquals(b.span(), d.spanOf(b.element()));
        Image raw = d.images().get(3);
        assertEquals("raw & alt", raw.alt());
        assertEquals(loc(6, 1, 6, 38), d.location(raw.span()));
        assertEquals(loc(1, 3, 1, 18), d.location(block(d, "alt emph text").span()));
        assertEquals(ProseBlock.Kind.ALT_TEXT, block(d, "raw & alt").kind());
        assertEquals(loc(6, 23, 6, 36), find(d, "raw & alt"));
    }

    @Test
    void htmlViewHasSpansForRenderedAndRawElements() {
        String text = "# Head\n\nText with <a href=\"/x\">raw link</a> and [md](/y).\n\n<table>\n<tr><th>H</th></tr>\n</table>\n\n| a |\n|---|\n| b |\n";
        Document d = md(text);
        org.jsoup.nodes.Document html = d.html();
        assertSame(html, d.html(), "built once");
        Element h1 = html.selectFirst("h1");
        assertEquals(loc(1, 1, 1, 7), d.location(d.spanOf(h1)));
        Element raw = html.selectFirst("a[href=/x]");
        assertEquals("<a href=\"/x\">raw link</a>", text.substring(d.spanOf(raw).start(), d.spanOf(raw).end()));
        Element mdLink = html.selectFirst("a[href=/y]");
        assertEquals("[md](/y)", text.substring(d.spanOf(mdLink).start(), d.spanOf(mdLink).end()));
        Element th = html.selectFirst("th");
        assertEquals(loc(6, 5, 6, 15), d.location(d.spanOf(th)));
        assertEquals(2, html.select("table").size());
        assertFalse(html.outerHtml().contains("data-clpos"));
        assertEquals(2, d.tables().size());
        assertEquals(1, d.tables().get(0).headerRows());
        Link rawLink = d.links().stream().filter(l -> l.destination().equals("/x")).findFirst().orElseThrow();
        assertEquals("raw link", rawLink.text());
        assertEquals(loc(3, 11, 3, 36), d.location(rawLink.span()));
    }

    @Test
    void commentsOutsideCodeAreListed() {
        String text = "<!-- top -->\n\nText <!-- inline --> more.\n\n```\n<!-- in code -->\n```\n\n<div>\n<!-- in block -->\n</div>\n";
        Document d = md(text);
        assertEquals(List.of(" top ", " inline ", " in block "), d.comments().stream().map(Comment::text).toList());
        assertEquals(loc(1, 1, 1, 13), d.location(d.comments().get(0).span()));
        assertEquals(loc(3, 6, 3, 21), d.location(d.comments().get(1).span()));
        assertEquals(loc(10, 1, 10, 18), d.location(d.comments().get(2).span()));
    }

    @Test
    void tenThousandNestedQuotesComplete() {
        Document d = md(">".repeat(10_000) + " deep words\n\nAfter.\n");
        assertEquals("contentlint/parse-error", d.issues().get(0).ruleId());
        assertEquals(1, d.location(d.issues().get(0).span()).line());
        assertEquals(Format.MARKDOWN, d.format());
        assertTrue(d.prose().stream().anyMatch(p -> p.text().equals("After.")));
    }

    @Test
    void tooDeepNestingIsFoundOnItsOwnLineWhateverTheLineBreaks() {
        String deep = "- ".repeat(150) + "deep";
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String text = "Intro text." + nl + nl + "> quoted" + nl + deep + nl + nl + "After." + nl;
            ParseIssue issue = MarkdownParser.nestingIssue(text);
            assertNotNull(issue, "line break " + nl.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(loc(4, 1, 4, deep.length() + 1), new SourceText(text).location(issue.span()));
        }
        assertNull(MarkdownParser.nestingIssue("- ".repeat(100) + "fine\r\n> > still fine\r"));
    }

    @Test
    void tenThousandNestedListsComplete() {
        Document d = md("- ".repeat(10_000) + "deep\n\nAfter.\n");
        assertEquals("contentlint/parse-error", d.issues().get(0).ruleId());
        assertTrue(d.prose().stream().anyMatch(p -> p.text().equals("After.")));
    }

    @Test
    void longParagraphsStayLinear() {
        Document d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> md("[a](u) &amp; `c` ".repeat(20_000) + "\n\n[r]: http://r\n"));
        assertEquals(20_000, d.links().size());
        assertEquals("a &  ", block(d, "a & ").text().substring(0, 5));
    }

    @Test
    void moderateNestingParsesAsMarkdown() {
        Document d = md(">".repeat(50) + " deep quote\n\n" + "- ".repeat(50) + "deep item\n");
        assertTrue(d.issues().isEmpty(), d.issues().toString());
        assertEquals(ProseBlock.Kind.BLOCK_QUOTE, block(d, "deep quote").kind());
        assertEquals(ProseBlock.Kind.LIST_ITEM, block(d, "deep item").kind());
        assertEquals(loc(1, 52, 1, 62), find(d, "deep quote"));
    }

    @Test
    void undefinedReferencesKeepTheirBracketsAndLinkedImagesNameTheirLink() {
        Document d = md("See [citation needed] and [x][nope] and [![Build badge](b.svg)](http://ci) end.\n");
        assertEquals("See [citation needed] and [x][nope] and  end.", d.prose().get(0).text());
        assertEquals(1, d.links().size());
        assertEquals("Build badge", d.links().get(0).text());
        assertEquals(loc(1, 41, 1, 75), d.location(d.links().get(0).span()));
        assertEquals(loc(1, 27, 1, 36), find(d, "[x][nope]"));
    }

    @Test
    void everyTemplateSyntaxIsMarkup() {
        String text = "A {{% note %}} b {{ .Site.Title }} c {% include x.html %} d {{< figure src=\"x.png\"\n  caption=\"Cap\" >}} target\n";
        Document d = md(text);
        ProseBlock b = block(d, "target");
        assertEquals("A  b  c  d  target", b.text());
        List<String> tags = b.markup().stream().filter(m -> m.kind() == ProseBlock.MarkupKind.TEMPLATE)
                .map(m -> text.substring(m.source().start(), m.source().end())).toList();
        assertEquals(List.of("{{% note %}}", "{{ .Site.Title }}", "{% include x.html %}",
                "{{< figure src=\"x.png\"\n  caption=\"Cap\" >}}"), tags);
        assertEquals(loc(2, 21, 2, 27), find(d, "target"));
    }

    @Test
    void rawHtmlHeadingsMakeSectionsAndBlankPreamblesMakeNone() {
        Document d = md("\n\n<h1>Raw title</h1>\n\nText.\n\n## Next\n");
        assertEquals(List.of("1 Raw title", "2 Next"), d.allSections().stream().map(s -> s.level() + " " + s.title()).toList());
        assertEquals(ProseBlock.Kind.HEADING, block(d, "Raw title").kind());
        assertEquals(loc(3, 5, 3, 14), find(d, "Raw title"));
    }

    @Test
    void markdownAstIsExposed() {
        Document d = md("# x\n");
        assertNotNull(d.markdown());
        assertEquals(Format.MARKDOWN, d.format());
    }
}
