package dev.contentlint.core.report.readability;

import dev.contentlint.core.readability.Metrics;
import java.util.List;

/**
 * The measured part of a report entry: what one document's prose scores, without its path and findings, which
 * the run that measured it supplies.
 *
 * @param metrics      the document's scores
 * @param sections     its sections with prose of their own, in document order
 * @param passiveShare passive sentences over all sentences, 0 to 1
 */
public record ReadabilityMeasure(Metrics metrics, List<ReadabilityReport.SectionEntry> sections, double passiveShare) {
    public ReadabilityMeasure {
        sections = List.copyOf(sections);
    }

    /** The report entry of the file at {@code path} with this measure and {@code findings} findings. */
    public ReadabilityReport.FileEntry entry(String path, int findings) {
        return new ReadabilityReport.FileEntry(path, metrics, sections, passiveShare, findings, null);
    }
}
