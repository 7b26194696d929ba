package dev.contentlint.core.report.readability;

import java.util.List;

/**
 * A document's prose as the report's text view shows it: its paragraphs and headings in order, each with the
 * marks to draw over its text (hard and passive sentences, findings of the readability and style rules).
 *
 * @param paragraphs prose blocks in document order; tables and alternative texts are left out, as in the grades
 */
public record TextView(List<Paragraph> paragraphs) {
    public TextView {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * One block of prose.
     *
     * @param level heading level 1–6, or 0 for a paragraph, list item or other block
     * @param line  line of the block in the file
     * @param text  its prose text, as the grades read it
     * @param marks what to mark, by position in {@code text}
     */
    public record Paragraph(int level, int line, String text, List<Mark> marks) {
        public Paragraph {
            marks = List.copyOf(marks);
        }
    }

    /**
     * A marked range of a paragraph's text.
     *
     * @param start first character marked
     * @param end   just past the last one
     * @param kind  {@code hard}, {@code very-hard} or {@code passive} for sentences; a rule id for a finding
     * @param note  what the mark says on hover: the sentence's grade, or the finding's message
     */
    public record Mark(int start, int end, String kind, String note) {}
}
