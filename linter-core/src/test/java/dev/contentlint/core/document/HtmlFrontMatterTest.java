package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML sources of static-site generators start with YAML front matter, which is front matter there too. */
class HtmlFrontMatterTest {
    private static final String PAGE = "---\nlayout: page\ntitle: Getting started\n---\n"
            + "<h1>{{ page.title }}</h1>\n<p>Install the tool first.</p>\n";

    @Test
    void frontMatterIsReadAndIsNotProse() {
        Document d = html(PAGE);
        assertEquals("Getting started", d.frontMatter().values().get("title"));
        assertEquals(new Span(0, PAGE.indexOf("---\n<h1>") + 3), d.frontMatter().span());
        List<String> texts = d.prose().stream().map(ProseBlock::text).toList();
        assertTrue(texts.contains("Install the tool first."), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("layout")), texts.toString());
        assertEquals(1, d.html().select("h1").size(), "the page itself is parsed as before");
        assertEquals(PAGE.indexOf("<p>"), Docs.block(d, "Install").span().start(), "offsets are the file's");
    }

    @Test
    void badFrontMatterIsAnIssueAndThePageIsStillRead() {
        Document d = html("---\ntitle: [unclosed\n---\n<p>Body text.</p>\n");
        assertEquals("contentlint/front-matter", d.issues().get(0).ruleId());
        assertEquals("Body text.", Docs.block(d, "Body").text());
    }

    @Test
    void aPageWithoutFrontMatterIsUnchanged() {
        Document d = html("<p>--- not front matter</p>\n---\n");
        assertEquals("--- not front matter", Docs.block(d, "not").text());
        assertTrue(d.frontMatter().values().isEmpty());
    }
}
