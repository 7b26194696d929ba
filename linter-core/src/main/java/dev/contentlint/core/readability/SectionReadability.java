package dev.contentlint.core.readability;

import dev.contentlint.core.document.Section;
import java.util.List;

/** The readability of one section's own prose: its heading and body, without its subsections. */
public final class SectionReadability {
    private final Section section;
    private final List<BlockReadability> blocks;
    private Metrics metrics;

    /**
     * @param section the section
     * @param blocks  the prose blocks it holds directly
     */
    public SectionReadability(Section section, List<BlockReadability> blocks) {
        this.section = section;
        this.blocks = List.copyOf(blocks);
    }

    /** The section. */
    public Section section() {
        return section;
    }

    /** The prose blocks it holds directly. */
    public List<BlockReadability> blocks() {
        return blocks;
    }

    /** Their scores, computed on first use. */
    public Metrics metrics() {
        Metrics m = metrics;
        if (m == null) metrics = m = Metrics.of(DocumentReadability.total(blocks));
        return m;
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
