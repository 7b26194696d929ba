package dev.contentlint.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds the section tree from a document's headings, whatever syntax produced them. */
final class SectionBuilder {
    /** A heading as the parsers find it. */
    record Heading(int level, String title, Span span) {}

    private static final class Open {
        final Heading heading;
        int end = -1;
        final List<Open> children = new ArrayList<>();

        Open(Heading heading) {
            this.heading = heading;
        }
    }

    private SectionBuilder() {}

    /**
     * @param headings     headings in document order
     * @param text         the source text
     * @param contentStart where content starts (after front matter)
     * @param preamble     whether there is content before the first heading worth a level-0 section
     */
    static List<Section> build(List<Heading> headings, String text, int contentStart, boolean preamble) {
        List<Open> roots = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (Heading h : headings) {
            while (!stack.isEmpty() && stack.peek().heading.level() >= h.level()) stack.pop().end = h.span().start();
            Open o = new Open(h);
            if (stack.isEmpty()) roots.add(o); else stack.peek().children.add(o);
            stack.push(o);
        }
        while (!stack.isEmpty()) stack.pop().end = text.length();
        List<Section> out = new ArrayList<>();
        if (preamble) {
            int end = headings.isEmpty() ? text.length() : headings.get(0).span().start();
            int start = Math.min(contentStart, end);
            Span all = new Span(start, end);
            out.add(new Section(0, "", Span.START, all, all, List.of()));
        }
        for (Open o : roots) out.add(toSection(o, text));
        return out;
    }

    private static Section toSection(Open o, String text) {
        Span heading = o.heading.span();
        int end = Math.max(o.end, heading.end());
        int bodyStart = Math.min(afterLineBreak(text, heading.end()), end);
        int bodyEnd = o.children.isEmpty() ? end : o.children.get(0).heading.span().start();
        bodyEnd = Math.max(bodyStart, bodyEnd);
        List<Section> children = new ArrayList<>(o.children.size());
        for (Open c : o.children) children.add(toSection(c, text));
        return new Section(o.heading.level(), o.heading.title(), heading, new Span(heading.start(), end),
                new Span(bodyStart, bodyEnd), children);
    }

    /** The offset after the line break that ends the line holding {@code offset}, if it comes straight after. */
    static int afterLineBreak(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (i < text.length() && text.charAt(i) == '\r') i++;
        if (i < text.length() && text.charAt(i) == '\n') i++;
        return i > offset && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r') ? i : offset;
    }
}
