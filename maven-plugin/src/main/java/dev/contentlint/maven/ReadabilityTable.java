package dev.contentlint.maven;

import java.util.List;
import java.util.Map;

/**
 * The per-file readability table of the site report: metric names as columns, one row of values per file.
 * An empty table is not rendered.
 *
 * @param columns metric names, e.g. "Flesch reading ease"
 * @param rows    values by file path (relative, as findings name files), each with one value per column
 */
public record ReadabilityTable(List<String> columns, Map<String, List<String>> rows) {
    public static final ReadabilityTable EMPTY = new ReadabilityTable(List.of(), Map.of());

    public ReadabilityTable {
        columns = List.copyOf(columns);
        rows = Map.copyOf(rows);
    }

    public boolean isEmpty() {
        return columns.isEmpty() || rows.isEmpty();
    }
}
