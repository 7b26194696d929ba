package dev.contentlint.rules.a11y;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The cells of an HTML or ARIA table laid out on a grid, with row and column spans, as the HTML table
 * model and the ARIA grid roles place them. Nested tables belong to themselves.
 */
final class TableGrid {
    static final Set<String> TABLE_ROLES = Set.of("table", "grid", "treegrid");
    static final Set<String> CELL_ROLES = Set.of("cell", "gridcell", "columnheader", "rowheader");
    private static final int MAX_SPAN = 1000;

    /**
     * One cell.
     *
     * @param element the cell element
     * @param role    cell, gridcell, columnheader or rowheader
     * @param row     first row
     * @param col     first column
     * @param rows    rows spanned
     * @param cols    columns spanned
     */
    record Cell(Element element, String role, int row, int col, int rows, int cols) {
        boolean isHeader() {
            return role.equals("columnheader") || role.equals("rowheader");
        }

        boolean inRow(int r) {
            return r >= row && r < row + rows;
        }

        boolean inColumn(int c) {
            return c >= col && c < col + cols;
        }
    }

    final List<Cell> cells = new ArrayList<>();
    int rowCount;
    int columnCount;

    /** Lays out the table element's rows and cells. */
    static TableGrid of(Element table, AriaData aria) {
        TableGrid g = new TableGrid();
        List<Element> rows = new ArrayList<>();
        collectRows(table, table, aria, rows);
        Set<Long> taken = new HashSet<>();
        int r = 0;
        for (Element row : rows) {
            List<Element> cells = new ArrayList<>();
            collectCells(row, aria, cells);
            int c = 0;
            for (Element cell : cells) {
                while (taken.contains(key(r, c))) c++;
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                if (rowspan == 0) rowspan = Math.max(1, rows.size() - r);
                for (int dr = 0; dr < rowspan; dr++)
                    for (int dc = 0; dc < colspan; dc++) taken.add(key(r + dr, c + dc));
                g.cells.add(new Cell(cell, aria.role(cell), r, c, rowspan, colspan));
                g.columnCount = Math.max(g.columnCount, c + colspan);
                c += colspan;
            }
            r++;
        }
        g.rowCount = rows.size();
        return g;
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | c;
    }

    private static int span(Element cell, String attr) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) return 1;
        String v = cell.attr(attr).strip();
        if (!v.matches("\\d{1,6}")) return 1;
        int n = Integer.parseInt(v);
        if (n == 0 && attr.equals("rowspan")) return 0;
        return Math.max(1, Math.min(n, MAX_SPAN));
    }

    private static void collectRows(Element table, Element parent, AriaData aria, List<Element> rows) {
        for (Element c : parent.children()) {
            String role = aria.role(c);
            if (role != null && TABLE_ROLES.contains(role)) continue;
            if ("row".equals(role)) rows.add(c);
            else collectRows(table, c, aria, rows);
        }
    }

    private static void collectCells(Element parent, AriaData aria, List<Element> cells) {
        for (Element c : parent.children()) {
            String role = aria.role(c);
            if (role != null && (TABLE_ROLES.contains(role) || role.equals("row"))) continue;
            if (role != null && CELL_ROLES.contains(role)) cells.add(c);
            else if (role == null || role.equals("generic") || role.equals("none") || role.equals("presentation"))
                collectCells(c, aria, cells);
        }
    }
}
