package dev.contentlint.core.document;

import java.util.List;

/**
 * A heading and everything up to the next heading of the same or a higher level.
 *
 * @param level       heading level 1–6; 0 for the implicit section before the first heading
 * @param title       heading text as prose (inline markup removed)
 * @param heading     source span of the heading itself ({@link Span#START} for level 0)
 * @param span        source span of the section: heading, body and subsections
 * @param body        source span of the body before the first subsection (may be empty)
 * @param children    subsections in order
 */
public record Section(int level, String title, Span heading, Span span, Span body, List<Section> children) implements Locatable {
    public Section {
        children = List.copyOf(children);
    }
}
