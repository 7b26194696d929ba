package dev.contentlint.core.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Parses plain text into paragraphs and headings. Blocks are runs of non-blank lines (a blank line holds
 * only whitespace). Heading rules, applied block by block:
 * <ul>
 *   <li>a one-line block that is followed by another block is a heading when it is short (at most 12
 *       words and 120 characters) and does not end in sentence punctuation ({@code . ! ? : ;}) and does
 *       not look like a dated line ("Last Updated Feb 28, 2025": a comma followed by a number);</li>
 *   <li>a very short one-line block (at most 4 words) ending in '.' that is followed by another block is a
 *       heading too ("About the author.");</li>
 *   <li>the first line of a longer block is a heading when it has at most 4 words and ends in '.' or ':'
 *       ("Disclaimer." directly above its text); the rest of the block is a paragraph.</li>
 * </ul>
 * Levels: a heading that is the first block of the file is the title (level 1); the others are level 2,
 * except a glossary-like group: when a level-2 heading without final punctuation is directly followed by
 * another heading (its own section has no body), that heading and the ones after it are level 3 as long
 * as they too end without punctuation; the first heading that ends in punctuation closes the group.
 */
final class TextParser {
    private static final Pattern DATED = Pattern.compile(",\\s*\\d");

    private TextParser() {}

    private record Line(int start, int end) {}

    private record Block(List<Line> lines, boolean heading) {}

    static Document parse(Path path, String relativePath, SourceText source, List<ParseIssue> issues) {
        String text = source.text();
        List<Block> blocks = blocks(text);
        Document.Builder b = Document.builder(path, relativePath, Format.TEXT, source);
        issues.forEach(b::issue);
        List<SectionBuilder.Heading> headings = new ArrayList<>();
        org.jsoup.nodes.Document html = new org.jsoup.nodes.Document("");
        Element body = html.appendElement("html").appendElement("body");
        Map<org.jsoup.nodes.Node, Span> spans = new IdentityHashMap<>();
        boolean preamble = false;
        boolean inGroup = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            ProseBuilder pb = new ProseBuilder(text, TemplateRanges.NONE, false);
            for (int k = 0; k < block.lines().size(); k++) {
                Line l = block.lines().get(k);
                if (k > 0) {
                    Line prev = block.lines().get(k - 1);
                    pb.lineBreak(prev.end(), l.start());
                }
                pb.appendSource(l.start(), l.end());
            }
            Line first = block.lines().get(0);
            Line last = block.lines().get(block.lines().size() - 1);
            Span span = new Span(first.start(), last.end());
            ProseBlock p = pb.build(block.heading() ? ProseBlock.Kind.HEADING : ProseBlock.Kind.PARAGRAPH, span);
            if (p == null) continue;
            b.prose(p);
            Element el;
            if (block.heading()) {
                int level;
                boolean punct = endsWithPunctuation(p.text());
                if (i == 0) {
                    level = 1;
                } else if (inGroup && !punct) {
                    level = 3;
                } else {
                    inGroup = false;
                    level = 2;
                    if (!punct && i + 1 < blocks.size() && blocks.get(i + 1).heading()) inGroup = true;
                }
                headings.add(new SectionBuilder.Heading(level, p.text(), span));
                el = body.appendElement("h" + level);
            } else {
                if (headings.isEmpty()) preamble = true;
                el = body.appendElement("p");
            }
            el.text(p.text());
            spans.put(el, span);
        }
        SectionBuilder.build(headings, text, 0, preamble).forEach(b::section);
        return b.html(html).htmlSpans(spans::get).build();
    }

    private static List<Block> blocks(String text) {
        List<List<Line>> raw = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int i = 0, n = text.length();
        while (i <= n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            Line line = new Line(i, end);
            if (text.substring(i, end).isBlank()) {
                if (!current.isEmpty()) raw.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
            if (end >= n) break;
            i = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (!current.isEmpty()) raw.add(current);
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            List<Line> lines = raw.get(k);
            boolean hasNext = k + 1 < raw.size();
            String firstText = text.substring(lines.get(0).start(), lines.get(0).end()).strip();
            if (lines.size() == 1) {
                out.add(new Block(lines, hasNext && (isHeadingLine(firstText) || isShortLabel(firstText, "."))));
            } else if (isShortLabel(firstText, ".:")) {
                out.add(new Block(List.of(lines.get(0)), true));
                out.add(new Block(lines.subList(1, lines.size()), false));
            } else {
                out.add(new Block(lines, false));
            }
        }
        return out;
    }

    private static boolean isHeadingLine(String s) {
        return s.length() <= 120 && words(s) <= 12 && !endsWithPunctuation(s) && !DATED.matcher(s).find();
    }

    private static boolean isShortLabel(String s, String endings) {
        return !s.isEmpty() && words(s) <= 4 && s.length() <= 40 && endings.indexOf(s.charAt(s.length() - 1)) >= 0
                && Character.isLetter(s.charAt(0));
    }

    private static boolean endsWithPunctuation(String s) {
        return !s.isEmpty() && ".!?:;".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
