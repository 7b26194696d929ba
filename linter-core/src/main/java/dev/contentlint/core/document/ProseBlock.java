package dev.contentlint.core.document;

import java.util.List;

/**
 * The plain prose of one block (paragraph, heading, list item, table cell, alt text, ...) with a map
 * from every character of {@link #text()} back to its source offset. Code, URLs, link destinations,
 * HTML tags, comments and front matter are not in the text; where they stood inside the block they are
 * listed as {@link #markup()} so grammar checking can treat them as markup.
 *
 * @param kind      what kind of block this is
 * @param text      the prose, with inline markup removed and soft line breaks kept as {@code '\n'}
 * @param offsets   {@code offsets[i]} is the source offset of {@code text.charAt(i)};
 *                  {@code offsets[text.length()]} is the source offset just past the last character
 * @param span      the source span of the whole block, markup included
 * @param markup    markup runs inside the block, in source order
 */
public record ProseBlock(Kind kind, String text, int[] offsets, Span span, List<Markup> markup) implements Locatable {

    /** What a prose block is. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, TABLE_CELL, BLOCK_QUOTE, DEFINITION_TERM, DEFINITION, ALT_TEXT, FOOTNOTE, OTHER }

    /**
     * Markup removed from the prose: {@code textIndex} is where it stood in {@link ProseBlock#text()},
     * {@code source} its span in the source, {@code kind} what it was.
     */
    public record Markup(int textIndex, Span source, MarkupKind kind) {}

    /**
     * Kinds of markup inside prose. {@code CODE} also covers keys, sample output and variables
     * ({@code kbd}, {@code samp}, {@code var}); {@code FOREIGN} is text marked as another language than the
     * one around it ({@code lang}, {@code xml:lang}, or {@code hreflang} on a link).
     */
    public enum MarkupKind { CODE, URL, TAG, COMMENT, TEMPLATE, FOREIGN, OTHER }

    public ProseBlock {
        if (offsets.length != text.length() + 1)
            throw new IllegalArgumentException("offsets must have text.length() + 1 entries");
        markup = List.copyOf(markup);
    }

    /** Source offset of text index {@code i} (0 ≤ i ≤ text length). */
    public int sourceOffset(int i) {
        return offsets[i];
    }

    /**
     * Source span of the text range {@code [from, to)}. Offsets are usually in source order, but not always:
     * an HTML parser moves misnested content (text inside a table, outside its cells, goes before the table),
     * so a range whose offsets go back gets the span from its lowest to just past its highest offset.
     */
    public Span sourceSpan(int from, int to) {
        if (from >= to) return Span.at(offsets[from]);
        int start = offsets[from];
        int end = offsets[to - 1] + 1 > offsets[to] ? offsets[to - 1] + 1 : offsets[to];
        if (end >= start) return new Span(start, end);
        int lo = start, hi = start;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, offsets[i]);
            hi = Math.max(hi, offsets[i]);
        }
        return new Span(lo, hi + 1);
    }
}
