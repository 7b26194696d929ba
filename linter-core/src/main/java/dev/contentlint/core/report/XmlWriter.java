package dev.contentlint.core.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML 1.0 writer that indents elements by two spaces, escapes markup characters and
 * drops characters XML 1.0 cannot carry, so every report parses whatever the messages contain.
 */
public final class XmlWriter {
    private final Appendable out;
    private final Deque<String> open = new ArrayDeque<>();
    /** True while a start tag is written up to its attributes and not yet closed with {@code >}. */
    private boolean inStartTag;
    /** True once the open element got text content, so its end tag stays on the same line. */
    private boolean hasText;

    public XmlWriter(Appendable out) {
        this.out = out;
    }

    /** Writes the UTF-8 XML declaration. */
    public XmlWriter declaration() throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    public XmlWriter start(String name) throws IOException {
        closeStartTag();
        if (!open.isEmpty()) newline(open.size());
        out.append('<').append(name);
        open.push(name);
        inStartTag = true;
        hasText = false;
        return this;
    }

    /** Adds an attribute to the element just started. */
    public XmlWriter attribute(String name, String value) throws IOException {
        if (!inStartTag) throw new IllegalStateException("attribute " + name + " outside a start tag");
        out.append(' ').append(name).append("=\"").append(escapeAttribute(value)).append('"');
        return this;
    }

    public XmlWriter attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    /** Writes escaped character content into the open element. */
    public XmlWriter text(String text) throws IOException {
        closeStartTag();
        out.append(escapeText(text));
        hasText = true;
        return this;
    }

    /** Closes the innermost open element, as {@code <x/>} when it has no content. */
    public XmlWriter end() throws IOException {
        if (open.isEmpty()) throw new IllegalStateException("no element to end");
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            if (!hasText) newline(open.size());
            out.append("</").append(name).append('>');
        }
        hasText = false;
        return this;
    }

    /** Ends the document with a newline; fails if an element is still open. */
    public void finish() throws IOException {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed element " + open.peek());
        out.append('\n');
    }

    private void closeStartTag() throws IOException {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private void newline(int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    /** Text content: markup characters escaped, characters illegal in XML 1.0 dropped. */
    public static String escapeText(String s) {
        return escape(s, false);
    }

    /**
     * An attribute value for double quotes: as {@link #escapeText}, and tabs and line breaks become
     * character references, because parsers would otherwise normalise them to spaces.
     */
    public static String escapeAttribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!legal(cp)) continue;
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                // A raw CR would be read back as LF (end-of-line handling), in text as in attributes.
                case '\r' -> sb.append("&#13;");
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The XML 1.0 {@code Char} production; lone surrogates arrive here as code points in D800-DFFF. */
    static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
