package dev.contentlint.core.report.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.Counts;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.readability.PassiveVoice;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each document's {@link TextView} for the report: its prose with every sentence's grade, its passive
 * sentences, its code spans where they stand, and the findings of the {@code readability/} and {@code style/}
 * rules at their exact spans. Sentence marks carry the grade, not a verdict, so the report's target decides
 * what is hard.
 */
public final class TextViewProduct implements DocumentProduct<TextView> {
    /** The one instance; it holds no state. */
    public static final TextViewProduct INSTANCE = new TextViewProduct();
    /** Kind of a sentence mark; its note is the sentence's Flesch–Kincaid grade. */
    public static final String SENTENCE = "sentence";
    /** Kind of a passive sentence's mark. */
    public static final String PASSIVE = "passive";
    /** Kind of a zero-width mark where code stands in the prose; its note is the code. */
    public static final String CODE = "code";
    /** Longest code shown in the text view; longer code is cut with an ellipsis. */
    private static final int MAX_CODE = 60;

    private TextViewProduct() {}

    @Override
    public String id() {
        return "readability/text";
    }

    @Override
    public TextView compute(Document document) {
        return compute(document, List.of());
    }

    @Override
    public TextView compute(Document document, List<Finding> findings) {
        DocumentReadability r = DocumentReadability.of(document);
        SourceText source = document.source();
        List<TextView.Paragraph> out = new ArrayList<>();
        for (BlockReadability b : r.blocks()) {
            ProseBlock block = b.block();
            List<TextView.Mark> marks = new ArrayList<>();
            for (ProseBlock.Markup m : block.markup())
                if (m.kind() == ProseBlock.MarkupKind.CODE) {
                    String code = code(document.text(), m);
                    if (!code.isEmpty()) marks.add(new TextView.Mark(m.textIndex(), m.textIndex(), CODE, code));
                }
            boolean heading = block.kind() == ProseBlock.Kind.HEADING;
            for (Sentence s : b.sentences()) {
                if (heading) break;
                double grade = Metrics.of(Counts.of(List.of(s))).fleschKincaidGrade();
                marks.add(new TextView.Mark(s.start(), s.end(), SENTENCE,
                        s.words().size() + " " + String.format(Locale.ROOT, "%.1f", grade)));
                if (PassiveVoice.isPassive(s)) marks.add(new TextView.Mark(s.start(), s.end(), PASSIVE, "passive voice"));
            }
            for (Finding f : findings) {
                if (!shown(f.ruleId())) continue;
                int from = offset(source, f.location().line(), f.location().column());
                int to = offset(source, f.location().endLine(), f.location().endColumn());
                if (from < block.span().start() || from >= block.span().end()) continue;
                int start = textIndex(block, from), end = Math.max(start, textIndex(block, Math.min(to, block.span().end())));
                if (end == start) end = Math.min(block.text().length(), start + 1);
                marks.add(new TextView.Mark(start, end, f.ruleId(), f.message()));
            }
            int level = heading ? headingLevel(document, block) : 0;
            out.add(new TextView.Paragraph(level, document.location(block.span()).line(), block.text(), marks));
        }
        return new TextView(out);
    }

    /**
     * Findings the text view marks: those about the prose itself. Passive voice is drawn from the sentences,
     * so its rule's findings would only repeat it.
     */
    static boolean shown(String ruleId) {
        return (ruleId.startsWith("readability/") || ruleId.startsWith("style/")) && !ruleId.equals("readability/passive-voice")
                && !ruleId.equals("readability/grade-level") && !ruleId.equals("readability/duplicate-passage");
    }

    private static int headingLevel(Document document, ProseBlock block) {
        for (var s : document.allSections())
            if (s.level() > 0 && s.heading().start() <= block.span().start() && block.span().start() < Math.max(s.heading().end(), s.heading().start() + 1))
                return s.level();
        return 2;
    }

    private static String code(String text, ProseBlock.Markup m) {
        int s = Math.max(0, m.source().start()), e = Math.min(text.length(), m.source().end());
        if (s >= e) return "";
        String code = text.substring(s, e).strip();
        int ticks = 0;
        while (ticks < code.length() && code.charAt(ticks) == '`') ticks++;
        if (ticks > 0 && code.length() > 2 * ticks && code.endsWith("`".repeat(ticks)))
            code = code.substring(ticks, code.length() - ticks).strip();
        code = code.replaceAll("\\s+", " ");
        return code.length() > MAX_CODE ? code.substring(0, MAX_CODE - 1) + "…" : code;
    }

    /** The source offset of a 1-based line and code-point column, clamped to the text. */
    static int offset(SourceText source, int line, int column) {
        if (line < 1) return 0;
        if (line > source.lineCount()) return source.length();
        int start = source.lineStart(line);
        try {
            return source.text().offsetByCodePoints(start, Math.max(0, column - 1));
        } catch (IndexOutOfBoundsException e) {
            return source.length();
        }
    }

    /** The first text index of {@code block} whose source offset is at or after {@code offset}. */
    static int textIndex(ProseBlock block, int offset) {
        int lo = 0, hi = block.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (block.sourceOffset(mid) < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    @Override
    public void store(TextView value, FieldWriter out) {
        out.number(value.paragraphs().size());
        for (TextView.Paragraph p : value.paragraphs()) {
            out.number(p.level()).number(p.line()).string(p.text()).number(p.marks().size());
            for (TextView.Mark m : p.marks()) out.number(m.start()).number(m.end()).string(m.kind()).string(m.note());
        }
    }

    @Override
    public TextView load(FieldReader in, Path file) {
        int n = in.integer();
        List<TextView.Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int level = in.integer(), line = in.integer();
            String text = in.string();
            int k = in.integer();
            List<TextView.Mark> marks = new ArrayList<>(k);
            for (int j = 0; j < k; j++) marks.add(new TextView.Mark(in.integer(), in.integer(), in.string(), in.string()));
            paragraphs.add(new TextView.Paragraph(level, line, text, marks));
        }
        return new TextView(paragraphs);
    }
}
