package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.HtmlElements;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.RuleContext;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** What the accessibility rules read of a document's HTML view, and how they report on it. */
final class HtmlView {
    /** Finding property naming the ACT rules one finding fails, for rules that implement several. */
    static final String ACT_PROPERTY = "act";

    private HtmlView() {}

    /** Every element of the document's HTML view (the page; for Markdown, rendered syntax and raw HTML). */
    static List<Element> elements(Document doc) {
        if (doc.format() == Format.TEXT) return List.of();
        return allElements(doc);
    }

    /**
     * The HTML view's elements, listed once per document: some forty rules walk them, and walking the tree anew
     * for each was most of their cost on a page of many elements.
     */
    static List<Element> allElements(Document doc) {
        return HtmlElements.of(doc).all();
    }

    /**
     * Whether the file is a whole HTML page (it opens an {@code <html>} element in its source) rather than a
     * fragment or a Markdown page that a site template wraps: page-level rules judge only whole pages.
     */
    static boolean isPage(Document doc) {
        if (doc.format() != Format.HTML) return false;
        Element html = doc.html().selectFirst("html");
        return html != null && html.sourceRange().isTracked() && !html.sourceRange().isImplicit();
    }

    /** Reports at an element, saying which of the rule's ACT rules the finding fails. */
    static void report(RuleContext ctx, Document doc, Element e, String message, String... act) {
        Span span = doc.spanOf(e);
        if (act.length == 0) ctx.report(span, message);
        else ctx.report(span, message, List.of(), Map.of(ACT_PROPERTY, String.join(" ", act)));
    }

    /** A short description of an element for messages: its start tag, cut when long. */
    static String describe(Element e) {
        StringBuilder sb = new StringBuilder("<").append(e.normalName());
        for (var a : e.attributes()) {
            if (a.getKey().startsWith("data-") || a.getKey().equals("style") || a.getKey().equals("class")) continue;
            sb.append(' ').append(a.getKey());
            if (!a.getValue().isEmpty()) sb.append("=\"").append(a.getValue()).append('"');
        }
        String s = sb.append('>').toString();
        return s.length() > 60 ? s.substring(0, 57) + "...>" : s;
    }
}
