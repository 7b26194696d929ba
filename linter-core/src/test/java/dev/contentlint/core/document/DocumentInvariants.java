package dev.contentlint.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What every parsed document must satisfy whatever its input: every span of its model lies within its
 * source text, and every range of its prose has a source span within it. The fuzz tests check it on every input.
 */
final class DocumentInvariants {
    private DocumentInvariants() {}

    /** The broken invariants of {@code doc}, one line each; empty when all hold. */
    static List<String> violations(Document doc) {
        List<String> out = new ArrayList<>();
        int length = doc.source().length();
        for (Section s : doc.allSections()) {
            span(out, "section heading", s.heading(), length);
            span(out, "section", s.span(), length);
            span(out, "section body", s.body(), length);
        }
        for (ProseBlock p : doc.prose()) {
            span(out, "prose block", p.span(), length);
            for (int i = 0; i <= p.text().length(); i++) {
                int o = p.sourceOffset(i);
                if (o < 0 || o > length) {
                    out.add("prose offset " + i + " is " + o + ", outside [0, " + length + "]");
                    break;
                }
            }
            // rules ask for the source of the whole block, of words and of single characters
            try {
                span(out, "prose block text", p.sourceSpan(0, p.text().length()), length);
                for (int i = 0, word = 0; i < p.text().length(); i++) {
                    span(out, "prose character", p.sourceSpan(i, i + 1), length);
                    if (Character.isWhitespace(p.text().charAt(i))) {
                        span(out, "prose word", p.sourceSpan(word, i), length);
                        word = i + 1;
                    }
                }
            } catch (IllegalArgumentException e) {
                out.add("prose block " + p.span() + ": " + e.getMessage());
            }
            for (ProseBlock.Markup m : p.markup()) {
                span(out, "prose markup", m.source(), length);
                if (m.textIndex() < 0 || m.textIndex() > p.text().length())
                    out.add("markup index " + m.textIndex() + " outside prose text of " + p.text().length());
            }
        }
        doc.links().forEach(l -> span(out, "link", l.span(), length));
        doc.images().forEach(i -> span(out, "image", i.span(), length));
        doc.tables().forEach(t -> span(out, "table", t.span(), length));
        doc.comments().forEach(c -> span(out, "comment", c.span(), length));
        doc.issues().forEach(i -> span(out, "issue " + i.ruleId(), i.span(), length));
        FrontMatter fm = doc.frontMatter();
        span(out, "front matter", fm.span(), length);
        fm.keySpans().values().forEach(s -> span(out, "front matter key", s, length));
        fm.valueSpans().values().forEach(s -> span(out, "front matter value", s, length));
        return out;
    }

    private static void span(List<String> out, String what, Span span, int length) {
        if (span.end() > length) out.add(what + " span " + span + " ends past the text's " + length + " chars");
    }
}
