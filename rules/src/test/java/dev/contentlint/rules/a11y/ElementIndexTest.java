package dev.contentlint.rules.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The shared element index gives each query exactly the elements a walk over all of them would pick, in order. */
class ElementIndexTest {
    private static final String PAGE = "<html lang=en><head><title>T</title><meta name=viewport content='width=device-width'>"
            + "</head><body><h1>Title</h1><p>Text <a href=/x>link</a> <a>no href</a></p><div role=button tabindex=0>B</div>"
            + "<button>Go</button><table><tr><th>H<td headers=h>c</table><ul><li>one<li role=menuitem>two</ul>"
            + "<img src=a.png alt=''><img src=b.png><input type=image src=c.png><span aria-hidden=true>x</span>"
            + "<b><i><span><p>unclosed<h2 id=h>Sub</h2><video src=v.mp4></video><summary>s</summary></body></html>";

    private static Document page() {
        return Parsers.parse(Path.of("p.html"), "p.html", PAGE, Format.HTML);
    }

    @Test
    void queriesMatchAFilteredWalkInDocumentOrder() {
        Document doc = page();
        List<Element> all = HtmlView.elements(doc);
        ElementIndex index = ElementIndex.of(doc);
        assertSame(index, ElementIndex.of(doc), "built once per document");
        for (String name : List.of("p", "a", "meta", "title", "td", "th", "video", "summary", "none"))
            assertEquals(filter(all, e -> e.normalName().equals(name)), index.named(name), name);
        assertEquals(filter(all, e -> Set.of("td", "th").contains(e.normalName())), index.named("th", "td"));
        assertEquals(filter(all, e -> e.attributesSize() > 0), index.withAttributes());
        for (String role : List.of("link", "button", "heading", "img", "presentation", "menuitem", "paragraph"))
            assertEquals(filter(all, e -> role.equals(AccessibleName.role(e))), index.withRole(role::equals), role);
        AriaData aria = AriaData.get();
        for (String role : List.of("table", "cell", "list", "listitem", "generic", "button"))
            assertEquals(filter(all, e -> role.equals(aria.role(e))), index.withAriaRole(role::equals), role);
        assertEquals(filter(all, e -> e.attributesSize() > 0 || e.normalName().equals("p") || "img".equals(AccessibleName.role(e))),
                index.query().withAttributes().named("p").role("img"::equals).elements(), "a union, each element once");
        assertTrue(index.withRole("heading"::equals).size() >= 2);
    }

    @Test
    void plainTextHasNoElementsToJudge() {
        Document text = Parsers.parse(Path.of("n.txt"), "n.txt", "<p>not markup</p>\n", Format.TEXT);
        assertEquals(List.of(), ElementIndex.of(text).named("p"));
        assertEquals(List.of(), ElementIndex.of(text).withAttributes());
        assertEquals(List.of(), ElementIndex.of(text).withRole(Objects::nonNull));
    }

    private static List<Element> filter(List<Element> all, Predicate<Element> p) {
        return all.stream().filter(p).toList();
    }
}
