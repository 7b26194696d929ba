package dev.contentlint.rules.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings of the accessibility rules start at the element or syntax they are about, in code points, CRLF included. */
class A11yPositionsTest {
    private static String where(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line() + ":" + f.location().column()).toList().toString();
    }

    @Test
    void htmlFindingsStartAtTheElement() {
        String html = "<!DOCTYPE html>\r\n<html lang=\"en\"><head><title>T</title></head><body>\r\n"
                + "<p>😀 é <img src=\"a.png\"></p>\r\n</body></html>\r\n";
        assertEquals("[3:8]", where(RuleTester.forRule("a11y/image-alt").lint("page.html", html, Map.of())));
    }

    @Test
    void markdownFindingsStartAtTheSyntax() {
        String md = "# Title\r\n\r\nSee 😀 ![](a.png) and [](b.md).\r\n";
        assertEquals("[3:7]", where(RuleTester.forRule("a11y/image-alt").lint("page.md", md, Map.of())));
        assertEquals("[3:22]", where(RuleTester.forRule("a11y/link-name").lint("page.md", md, Map.of())));
    }

    @Test
    void rawHtmlInMarkdownIsExact() {
        String md = "# Title\n\nText <iframe src=\"x.html\"></iframe>\n";
        assertEquals("[3:6]", where(RuleTester.forRule("a11y/frame-title").lint("page.md", md, Map.of())));
    }

    @Test
    void phraseFindingsCoverThePhrase() {
        String md = "# Pay\n\nThen click the green button.\n";
        List<Finding> f = RuleTester.forRule("a11y/sensory-language").lint("page.md", md, Map.of());
        assertEquals("[3:6]", where(f));
        assertEquals(28, f.get(0).location().endColumn());
    }
}
