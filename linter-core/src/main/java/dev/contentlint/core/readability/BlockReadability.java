package dev.contentlint.core.readability;

import dev.contentlint.core.document.ProseBlock;
import java.util.List;

/**
 * The sentences and counts of one prose block (a paragraph, heading, list item, ...). The counts are taken
 * on first use, since they count syllables and most rules need only the words.
 */
public final class BlockReadability {
    private final ProseBlock block;
    private final List<Sentence> sentences;
    private Counts counts;

    /**
     * @param block     the block
     * @param sentences its sentences, in order
     */
    public BlockReadability(ProseBlock block, List<Sentence> sentences) {
        this.block = block;
        this.sentences = List.copyOf(sentences);
    }

    /** The block. */
    public ProseBlock block() {
        return block;
    }

    /** Its sentences, in order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The number of words in its sentences, without counting syllables. */
    public int words() {
        int n = 0;
        for (Sentence s : sentences) n += s.words().size();
        return n;
    }

    /** The counts of its sentences. */
    public Counts counts() {
        Counts c = counts;
        if (c == null) counts = c = Counts.of(sentences);
        return c;
    }

    /** The block's scores. */
    public Metrics metrics() {
        return Metrics.of(counts());
    }
}
