package dev.contentlint.core.document;

import com.vladsch.flexmark.util.ast.Node;
import dev.contentlint.core.html.Html;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML view of a Markdown page through HTML text: every element Markdown syntax produced carries its
 * source span in a temporary {@code data-clpos} attribute, while raw HTML is copied verbatim and its place
 * in the output recorded. The text is parsed by jsoup with position tracking; a rendered element takes its
 * span from the attribute (which is then removed), and a node of raw HTML maps its jsoup position back
 * through the verbatim copy, so its span is exact.
 */
final class RenderedHtml implements HtmlSink {
    private static final String POS = "data-clpos";

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final OutputChunks chunks = new OutputChunks();

    RenderedHtml(String source) {
        this.source = source;
    }

    @Override public void start(String name, Node n, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2)
            out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
        if (n != null) {
            Span s = MarkdownHtmlView.span(source, n);
            out.append(' ').append(POS).append("=\"").append(s.start()).append('-').append(s.end()).append('"');
        }
        out.append('>');
    }

    @Override public void end(String name) {
        out.append("</").append(name).append('>');
    }

    @Override public void leftOpen(String name) {}

    @Override public void text(String text) {
        out.append(Html.escape(text));
    }

    @Override public void entity(CharSequence reference) {
        out.append(reference);
    }

    @Override public void raw(Node n) {
        int s = n.getStartOffset(), e = n.getEndOffset();
        chunks.add(out.length(), s, e - s);
        out.append(source, s, e);
    }

    /** Parses the HTML written so far and records each node's span in {@code spans}. */
    org.jsoup.nodes.Document parse(Map<org.jsoup.nodes.Node, Span> spans) {
        org.jsoup.nodes.Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(out.toString(), "");
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.hasAttr(POS)) {
                String[] p = e.attr(POS).split("-");
                e.removeAttr(POS);
                spans.put(e, new Span(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
                return;
            }
            Range r = node.sourceRange();
            if (!r.isTracked() || r.isImplicit()) return;
            int s = chunks.map(r.startPos());
            if (s < 0) return;
            int end = -1;
            if (node instanceof Element e && e.endSourceRange().isTracked() && !e.endSourceRange().isImplicit())
                end = chunks.map(e.endSourceRange().endPos());
            if (end < s) end = chunks.map(r.endPos());
            spans.put(node, new Span(s, Math.max(s, end)));
        }, doc);
        return doc;
    }
}
