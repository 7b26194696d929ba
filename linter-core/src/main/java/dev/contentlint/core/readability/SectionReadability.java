package dev.contentlint.core.readability;

import dev.contentlint.core.document.Section;
import java.util.List;

/**
 * The readability of one section's own prose: its heading and body, without its subsections.
 *
 * @param section the section
 * @param blocks  the prose blocks it holds directly
 * @param metrics their scores
 */
public record SectionReadability(Section section, List<BlockReadability> blocks, Metrics metrics) {
    public SectionReadability {
        blocks = List.copyOf(blocks);
    }

    /** The section's heading text, or an empty string for the text before the first heading. */
    public String title() {
        return section.title();
    }

    /** Sentences of the section, in order. */
    public List<Sentence> sentences() {
        return blocks.stream().flatMap(b -> b.sentences().stream()).toList();
    }
}
