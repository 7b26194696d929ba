package dev.contentlint.core.readability;

import dev.contentlint.core.document.ProseBlock;
import java.util.List;

/**
 * The sentences and counts of one prose block (a paragraph, heading, list item, ...).
 *
 * @param block     the block
 * @param sentences its sentences, in order
 * @param counts    their counts
 */
public record BlockReadability(ProseBlock block, List<Sentence> sentences, Counts counts) {
    public BlockReadability {
        sentences = List.copyOf(sentences);
    }

    /** The block's scores. */
    public Metrics metrics() {
        return Metrics.of(counts);
    }
}
