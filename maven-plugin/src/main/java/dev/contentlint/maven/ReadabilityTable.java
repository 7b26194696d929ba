package dev.contentlint.maven;

import java.util.List;
import java.util.Map;

/**
 * The per-file readability table of the site report: metric names as columns, one row of values per file.
 * An empty table is not rendered.
 *
 * @param columns    metric names, e.g. "Flesch reading ease"
 * @param rows       values by file path (relative, as findings name files), each with one value per column
 * @param summary    figures for the whole module shown above the table, as label → value, in order
 * @param fullReport link, relative to the site page, to a fuller report written beside it; null for none
 */
public record ReadabilityTable(List<String> columns, Map<String, List<String>> rows, Map<String, String> summary,
                               String fullReport) {
    public static final ReadabilityTable EMPTY = new ReadabilityTable(List.of(), Map.of());

    public ReadabilityTable {
        columns = List.copyOf(columns);
        rows = Map.copyOf(rows);
        summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
    }

    /** A table without summary or fuller report. */
    public ReadabilityTable(List<String> columns, Map<String, List<String>> rows) {
        this(columns, rows, Map.of(), null);
    }

    /** The same table linking {@code link}. */
    public ReadabilityTable withFullReport(String link) {
        return new ReadabilityTable(columns, rows, summary, link);
    }

    public boolean isEmpty() {
        return columns.isEmpty() || rows.isEmpty();
    }
}
