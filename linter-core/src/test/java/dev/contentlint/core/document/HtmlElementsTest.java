package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared list of a document's elements: the whole tree in document order, and by tag name the same order. */
class HtmlElementsTest {
    @Test
    void elementsByNameAreTheTreesInDocumentOrder() {
        Document doc = Parsers.parse(Path.of("p.html"), "p.html",
                "<html><body><dl><dt>A<dd>x<dt>B</dl><p><abbr title=t>T</abbr><dfn>D</dfn><p><abbr>U</abbr></body></html>",
                Format.HTML);
        HtmlElements elements = HtmlElements.of(doc);
        assertSame(elements, HtmlElements.of(doc));
        assertEquals(doc.html().getAllElements(), elements.all());
        assertEquals(doc.html().select("abbr"), elements.named("abbr"));
        assertEquals(doc.html().select("abbr, dfn, dt"), elements.named("dt", "abbr", "dfn"));
        assertEquals(List.of(), elements.named("table"));
        assertEquals(2, elements.positions("p").length);
    }
}
