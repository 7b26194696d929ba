package dev.contentlint.core.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Readability of a whole document, per section and per block, over prose only: code, front matter, URLs,
 * tags, table cells and alt texts are not counted. Computed once per document and shared through
 * {@link Document#derived}, so every readability rule and the report read the same figures. Scores are
 * computed when first asked for: they count syllables, which rules that read only sentences and words
 * never need.
 */
public final class DocumentReadability {
    private static final Object KEY = DocumentReadability.class;
    /** Kinds of blocks that are not running prose: a table of figures or an alt text would skew the scores. */
    private static final Set<ProseBlock.Kind> SKIPPED = Set.of(ProseBlock.Kind.TABLE_CELL, ProseBlock.Kind.ALT_TEXT);

    private final List<BlockReadability> blocks;
    private final List<SectionReadability> sections;
    private Metrics metrics;

    /**
     * @param blocks   every counted block with at least one word, in document order
     * @param sections every section with prose of its own, depth first
     */
    public DocumentReadability(List<BlockReadability> blocks, List<SectionReadability> sections) {
        this.blocks = List.copyOf(blocks);
        this.sections = List.copyOf(sections);
    }

    /** Every counted block with at least one word, in document order. */
    public List<BlockReadability> blocks() {
        return blocks;
    }

    /** Every section with prose of its own, depth first. */
    public List<SectionReadability> sections() {
        return sections;
    }

    /** The document's scores. */
    public Metrics metrics() {
        Metrics m = metrics;
        if (m == null) metrics = m = Metrics.of(total(blocks));
        return m;
    }

    /** The sum of the blocks' counts. */
    static Counts total(List<BlockReadability> blocks) {
        Counts total = Counts.ZERO;
        for (BlockReadability b : blocks) total = total.plus(b.counts());
        return total;
    }

    /** The document's readability, computed on first use and then shared. */
    public static DocumentReadability of(Document document) {
        return document.derived(KEY, DocumentReadability::compute);
    }

    /** All sentences of the document, in order. */
    public List<Sentence> sentences() {
        return blocks.stream().flatMap(b -> b.sentences().stream()).toList();
    }

    private static DocumentReadability compute(Document document) {
        List<BlockReadability> blocks = new ArrayList<>();
        for (ProseBlock block : document.prose()) {
            if (SKIPPED.contains(block.kind())) continue;
            int[] removed = block.markup().stream().mapToInt(ProseBlock.Markup::textIndex).sorted().toArray();
            List<Sentence> sentences = SentenceSplitter.split(block.text(), removed);
            if (sentences.isEmpty()) continue;
            blocks.add(new BlockReadability(block, sentences));
        }
        List<SectionReadability> sections = new ArrayList<>();
        for (Section s : document.allSections()) {
            List<BlockReadability> own = new ArrayList<>();
            for (BlockReadability b : blocks) {
                int at = b.block().span().start();
                if (!inside(s, at)) continue;
                if (s.children().stream().anyMatch(c -> inside(c, at))) continue;
                own.add(b);
            }
            if (!own.isEmpty()) sections.add(new SectionReadability(s, own));
        }
        return new DocumentReadability(blocks, sections);
    }

    private static boolean inside(Section s, int offset) {
        return offset >= s.span().start() && offset < s.span().end() || s.span().length() == 0 && offset == s.span().start();
    }
}
