package dev.contentlint.core.document;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The HTML view of a Markdown page built as jsoup nodes straight from the walk, without writing HTML text
 * and parsing it: the tree and the spans are those {@link RenderedHtml} gets from jsoup's parser. That
 * holds while every element nests as written, so the parser never moves one; raw HTML other than
 * comments, line breaks and a few phrase elements without attributes, text where a table allows none, a link inside a link or an element left open that the
 * parser would close elsewhere than at its parent's end make the builder give up ({@link Unsupported}),
 * and the page goes through {@link RenderedHtml}.
 * <p>
 * Output positions are counted as the HTML text would have them only where they matter: a text or
 * comment node of raw HTML takes its span from where it falls in a verbatim copy, so every piece of
 * rendered output counts as one position and a copy as its length.
 */
final class DirectHtml implements HtmlSink {
    /** Thrown when the page holds something only the HTML parser places correctly. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    private final String source;
    private final Map<org.jsoup.nodes.Node, Span> spans;
    private final OutputChunks chunks = new OutputChunks();
    private final Document doc = Document.createShell("");
    private final Element html = doc.child(0);
    private Element current = doc.body();
    private boolean inBody;
    private int links;
    private int pos;
    private final StringBuilder pending = new StringBuilder();
    private int pendingStart;

    DirectHtml(String source, Map<org.jsoup.nodes.Node, Span> spans) {
        this.source = source;
        this.spans = spans;
        doc.parser(Parser.htmlParser());
        doc.quirksMode(Document.QuirksMode.quirks); // the HTML text has no doctype
    }

    @Override public void start(String name, Node n, String... attributes) {
        flush();
        inBody = true;
        if (!fitsIn(current.normalName(), name)) throw UNSUPPORTED;
        if (name.equals("a") && links++ > 0) throw UNSUPPORTED; // the parser closes the outer link first
        Element e = current.appendElement(name);
        for (int i = 0; i < attributes.length; i += 2) e.attr(attributes[i], attributes[i + 1]);
        if (n != null) spans.put(e, MarkdownHtmlView.span(source, n));
        pos++;
        if (!isVoid(name)) current = e;
    }

    @Override public void end(String name) {
        flush();
        if (!current.normalName().equals(name) || openedByRawHtml(current)) throw UNSUPPORTED;
        if (name.equals("a")) links--;
        current = current.parent();
        pos++;
    }

    @Override public void leftOpen(String name) {
        // The parser closes these at the next sibling's start or at the parent's end, which is where the walk is.
        if (!current.normalName().equals(name) || openedByRawHtml(current) || !(name.equals("li") || name.equals("dd") || name.equals("dt")
                || name.equals("tbody"))) throw UNSUPPORTED;
        flush();
        current = current.parent();
    }

    @Override public void text(String text) {
        if (text.isEmpty()) return;
        if (text.indexOf('\0') >= 0) throw UNSUPPORTED;
        if (pending.length() == 0) pendingStart = pos;
        pending.append(text);
        pos++;
    }

    @Override public void entity(CharSequence reference) {
        text(Parser.unescapeEntities(reference.toString(), false));
    }

    @Override public void raw(Node n) {
        if (n instanceof HtmlInline) {
            inlineTag(n);
            return;
        }
        if (!(n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment)) throw UNSUPPORTED;
        String chars = source.substring(n.getStartOffset(), n.getEndOffset());
        int end = chars.length();
        while (end > 0 && isSpace(chars.charAt(end - 1))) end--;
        if (n instanceof HtmlInlineComment && end != chars.length()) throw UNSUPPORTED;
        String data = commentData(chars.substring(0, end));
        if (data == null) throw UNSUPPORTED;
        int at = pos;
        chunks.add(at, n.getStartOffset(), chars.length()); // before the flush: text up to here ends in the copy
        flush();
        Comment c = new Comment(data);
        if (inBody) current.appendChild(c);
        else html.before(c); // before the first element the parser puts comments in the document itself
        spans.put(c, new Span(n.getStartOffset(), n.getStartOffset() + end));
        if (end < chars.length()) {
            pendingStart = at + end; // white space after the comment, up to the end of the copy
            pending.append(chars, end, chars.length());
        }
        pos = at + chars.length();
    }

    /**
     * An inline tag of raw HTML the parser takes as written: a line break, or the start or end of a phrase
     * element without attributes that the parser neither reopens nor moves (keyboard input, sub- and
     * superscript…). An end tag must close the innermost open element, which raw HTML opened.
     */
    private void inlineTag(Node n) {
        String tag = source.substring(n.getStartOffset(), n.getEndOffset());
        String name = null;
        boolean end = false;
        if (tag.equals("<br>") || tag.equals("<br/>") || tag.equals("<br />")) {
            name = "br";
        } else if (tag.length() > 3 && tag.charAt(0) == '<' && tag.charAt(tag.length() - 1) == '>') {
            end = tag.charAt(1) == '/';
            String inner = tag.substring(end ? 2 : 1, tag.length() - 1);
            if (RAW_PHRASES.contains(inner)) name = inner;
        }
        if (name == null) throw UNSUPPORTED;
        if (end && (rawOpen.isEmpty() || rawOpen.peek().element() != current)) throw UNSUPPORTED;
        int at = pos;
        chunks.add(at, n.getStartOffset(), tag.length());
        flush();
        inBody = true;
        pos = at + tag.length();
        if (end) {
            RawOpen open = rawOpen.pop();
            spans.put(current, new Span(open.start(), n.getEndOffset()));
            current = current.parent();
            return;
        }
        if (!fitsIn(current.normalName(), name)) throw UNSUPPORTED;
        Element e = current.appendElement(name);
        if (name.equals("br")) {
            spans.put(e, new Span(n.getStartOffset(), n.getEndOffset()));
        } else {
            rawOpen.push(new RawOpen(e, n.getStartOffset()));
            current = e;
        }
    }

    private boolean openedByRawHtml(Element e) {
        return !rawOpen.isEmpty() && rawOpen.peek().element() == e;
    }

    /** An element raw HTML opened: where its start tag begins. */
    private record RawOpen(Element element, int start) {}

    /** Phrase elements the parser treats as ordinary: no formatting element it would reopen, none special. */
    private static final Set<String> RAW_PHRASES = Set.of("kbd", "sub", "sup", "var", "samp", "ins", "mark");

    private final Deque<RawOpen> rawOpen = new ArrayDeque<>();

    /** The tree built; the walk is over. */
    Document finish() {
        flush();
        if (current != doc.body() || !rawOpen.isEmpty()) throw UNSUPPORTED;
        return doc;
    }

    private void flush() {
        if (pending.length() == 0) return;
        String t = pending.toString();
        pending.setLength(0);
        boolean blank = isBlank(t);
        if (!inBody) {
            if (blank) return; // before the first element the parser drops white space
            throw UNSUPPORTED;
        }
        if (!blank && isTablePart(current.normalName())) throw UNSUPPORTED; // the parser moves it before the table
        TextNode node = new TextNode(t);
        current.appendChild(node);
        int s = chunks.map(pendingStart);
        if (s >= 0) spans.put(node, new Span(s, Math.max(s, chunks.map(pos))));
    }

    /** The text of a comment written as one {@code <!-- … -->} with nothing the parser reads differently, else null. */
    private static String commentData(String s) {
        if (s.length() < 7 || !s.startsWith("<!--") || !s.endsWith("-->")) return null;
        String data = s.substring(4, s.length() - 3);
        if (data.startsWith(">") || data.startsWith("->") || data.endsWith("-") || data.contains("--")
                || data.contains("<!") || data.indexOf('\0') >= 0) return null;
        return data;
    }

    /** Whether the parser keeps element {@code child} where it is written inside {@code parent}. */
    private static boolean fitsIn(String parent, String child) {
        return switch (parent) {
            case "table" -> child.equals("thead") || child.equals("tbody");
            case "thead", "tbody" -> child.equals("tr");
            case "tr" -> child.equals("th") || child.equals("td");
            // Parts of a table anywhere else are moved or dropped by the parser.
            default -> !(child.equals("thead") || child.equals("tbody") || child.equals("tr") || child.equals("th")
                    || child.equals("td"));
        };
    }

    private static boolean isTablePart(String name) {
        return name.equals("table") || name.equals("thead") || name.equals("tbody") || name.equals("tr");
    }

    private static boolean isVoid(String name) {
        return name.equals("br") || name.equals("hr") || name.equals("img");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }
}
