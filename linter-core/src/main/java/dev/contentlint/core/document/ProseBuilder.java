package dev.contentlint.core.document;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Accumulates the prose of one block character by character, each with its source offset, plus the
 * markup removed from it, and produces the {@link ProseBlock}. Characters inside template tags are
 * dropped and the tag is recorded as {@link ProseBlock.MarkupKind#TEMPLATE} markup.
 */
final class ProseBuilder {
    private final String source;
    private final TemplateRanges templates;
    private final BitSet templatesSeen = new BitSet();
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];
    private int[] ends = new int[64];
    private final List<ProseBlock.Markup> markup = new ArrayList<>();
    /** HTML mode: whitespace runs collapse to one space, or one '\n' when the run holds a line break. */
    private final boolean collapseWhitespace;
    private int pendingSpace = -1;
    private boolean pendingNewline;
    /** Text index of the space a whitespace run put before code ahead of time, while that run may go on after it. */
    private int placedSpace = -1;

    ProseBuilder(String source, TemplateRanges templates, boolean collapseWhitespace) {
        this.source = source;
        this.templates = templates;
        this.collapseWhitespace = collapseWhitespace;
    }

    int length() {
        return text.length();
    }

    String textFrom(int index) {
        return text.substring(Math.min(index, text.length()));
    }

    /** Appends one character that stands for source {@code [offset, end)}. */
    void append(char c, int offset, int end) {
        if (inTemplate(offset)) return;
        if (collapseWhitespace) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (pendingSpace < 0) pendingSpace = offset;
                if (c == '\n' || c == '\r') pendingNewline = true;
                return;
            }
            flushSpace();
            placedSpace = -1;
        }
        put(c, offset, end);
    }

    private void put(char c, int offset, int end) {
        int i = text.length();
        if (i == offsets.length) {
            offsets = Arrays.copyOf(offsets, i * 2);
            ends = Arrays.copyOf(ends, i * 2);
        }
        text.append(c);
        offsets[i] = offset;
        ends[i] = end;
    }

    private void flushSpace() {
        if (pendingSpace >= 0 && placedSpace >= 0) { // the run already has its space, before the code
            if (pendingNewline) text.setCharAt(placedSpace, '\n');
        } else if (pendingSpace >= 0 && text.length() > 0) put(pendingNewline ? '\n' : ' ', pendingSpace, pendingSpace + 1);
        pendingSpace = -1;
        pendingNewline = false;
    }

    /** A line break (soft or hard) at {@code offset}. */
    void lineBreak(int offset, int end) {
        if (inTemplate(offset)) return;
        if (collapseWhitespace) {
            pendingSpace = -1;
            pendingNewline = false;
            placedSpace = -1;
        }
        put('\n', offset, end);
    }

    /** Source characters {@code [start, end)} as they are. */
    void appendSource(int start, int end) {
        for (int i = start; i < end; i++) append(source.charAt(i), i, i + 1);
    }

    /** Markdown text: backslash escapes decoded, each character mapped through the sequence to the source. */
    void appendMarkdown(BasedSequence chars) {
        int n = chars.length();
        int last = chars.getStartOffset();
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            int off = chars.getIndexOffset(i);
            if (off < 0) off = last;
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(chars.charAt(i + 1))) {
                i++;
                int o2 = chars.getIndexOffset(i);
                if (o2 < 0) o2 = off;
                append(chars.charAt(i), o2, o2 + 1);
                last = o2 + 1;
                continue;
            }
            append(c, off, off + 1);
            last = off + 1;
        }
    }

    /** Decoded text standing for source {@code [start, end)}: an entity or similar construct. */
    void appendDecoded(String decoded, int start, int end) {
        if (inTemplate(start)) return;
        for (int i = 0; i < decoded.length(); i++) append(decoded.charAt(i), start, end);
    }

    /** HTML character data from the source: entities decoded (mapped to their '&amp;'), whitespace collapsed. */
    void appendHtml(int start, int end) {
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '&') {
                int stop = Entities.end(source, i, end);
                if (stop > 0) {
                    String decoded = Entities.decode(source.substring(i, stop));
                    if (decoded != null) {
                        appendDecoded(decoded, i, stop);
                        i = stop;
                        continue;
                    }
                }
            }
            append(c, i, i + 1);
            i++;
        }
    }

    void markup(Span span, ProseBlock.MarkupKind kind) {
        if (inTemplate(span.start())) return;
        // Code and foreign text stand in the sentence as a word: whitespace before them in the source stays
        // before them, or "than <code>root</code>." would read as "than Code ."
        if (collapseWhitespace && pendingSpace >= 0 && text.length() > 0
                && (kind == ProseBlock.MarkupKind.CODE || kind == ProseBlock.MarkupKind.FOREIGN)) {
            flushSpace();
            if (placedSpace < 0) placedSpace = text.length() - 1;
        }
        markup.add(new ProseBlock.Markup(text.length(), span, kind));
    }

    private boolean inTemplate(int offset) {
        int k = templates.find(offset);
        if (k < 0) return false;
        if (!templatesSeen.get(k)) {
            templatesSeen.set(k);
            markup.add(new ProseBlock.Markup(text.length(), templates.span(k), ProseBlock.MarkupKind.TEMPLATE));
        }
        return true;
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** The block, trimmed of surrounding whitespace, or null when it holds no prose; a null span means "the text's". */
    ProseBlock build(ProseBlock.Kind kind, Span span) {
        int from = 0, to = text.length();
        while (from < to && isTrimmable(text.charAt(from))) from++;
        while (to > from && isTrimmable(text.charAt(to - 1))) to--;
        if (from == to) return null;
        int n = to - from;
        int[] map = new int[n + 1];
        System.arraycopy(offsets, from, map, 0, n);
        map[n] = Math.max(ends[to - 1], map[n - 1] + 1);
        List<ProseBlock.Markup> kept = new ArrayList<>(markup.size());
        for (ProseBlock.Markup m : markup) {
            int idx = Math.max(0, Math.min(n, m.textIndex() - from));
            kept.add(new ProseBlock.Markup(idx, m.source(), m.kind()));
        }
        kept.sort((a, b) -> Integer.compare(a.source().start(), b.source().start()));
        int start = span == null ? map[0] : Math.min(span.start(), map[0]);
        int stop = span == null ? map[n] : Math.max(span.end(), map[n]);
        return new ProseBlock(kind, text.substring(from, to), map, new Span(start, stop), kept);
    }

    private static boolean isTrimmable(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
