package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Table;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/table-header",
        summary = "Table header cells should head data cells, and Markdown tables should have a header row",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "1.3.1", act = "d0f69e")
public final class TableHeaderRule implements Rule {
    /** Options of {@code a11y/table-header}. */
    public record Options(
            @Option(description = "Whether an HTML table of at least two rows and two columns with no header cell at all"
                    + " is reported (layout tables without role=\"presentation\" are reported too)", defaultValue = "false")
            boolean requireHeaders) {}

    @Override
    public void check(Document document, RuleContext context) {
        boolean requireHeaders = context.options(Options.class).requireHeaders();
        for (Table t : document.tables()) {
            if (t.element() != null || t.headerRows() == 0 || t.rows().isEmpty()) continue;
            boolean empty = t.rows().subList(0, Math.min(t.headerRows(), t.rows().size())).stream()
                    .flatMap(List::stream).allMatch(s -> s.isBlank());
            if (empty) context.report(t, "This table's header row is empty, so its columns have no headers: "
                    + "put a short heading in each header cell.");
        }
        AriaData aria = AriaData.get();
        List<Element> tables = AriaData.elements(document).isEmpty() ? List.of()
                : ElementIndex.of(document).withAriaRole(TableGrid.TABLE_ROLES::contains);
        for (Element e : tables) {
            String role = aria.role(e);
            if (role == null || !TableGrid.TABLE_ROLES.contains(role) || AriaData.excluded(e)) continue;
            if (fromMarkdownSyntax(document, e) || filledLater(e)) continue;
            TableGrid grid = TableGrid.of(e, aria);
            if (requireHeaders && grid.rowCount >= 2 && grid.columnCount >= 2 && e.select("table").size() == 1
                    && grid.cells.stream().noneMatch(TableGrid.Cell::isHeader)) {
                context.report(e, "This table has no header cells: mark the cells that name its columns or rows as"
                        + " <th>, or add role=\"presentation\" if it only lays out the page.");
                continue;
            }
            List<TableGrid.Cell> lonely = new ArrayList<>();
            for (TableGrid.Cell h : grid.cells)
                if (h.isHeader() && !AriaData.excluded(h.element()) && !assigned(h, grid)) lonely.add(h);
            if (lonely.isEmpty()) continue;
            List<String> names = lonely.stream().map(h -> "\"" + h.element().text().strip() + "\"").toList();
            context.report(lonely.get(0).element(), (lonely.size() == 1 ? "Header cell " : "Header cells ")
                    + String.join(", ", names) + (lonely.size() == 1 ? " heads" : " head")
                    + " no cell of the table: add the data cells, fix colspan or headers, or make "
                    + (lonely.size() == 1 ? "it a data cell" : "them data cells") + ".");
        }
    }

    /**
     * Whether a table of a Markdown document comes from table syntax rather than raw HTML: GFM gives every
     * body row as many cells as the header row, so its headers always head cells.
     */
    private static boolean fromMarkdownSyntax(Document document, Element table) {
        if (document.format() != Format.MARKDOWN) return false;
        int start = document.spanOf(table).start();
        return start >= document.text().length() || document.text().charAt(start) != '<';
    }

    /** An HTML table whose body is written empty is filled by a script when the page loads. */
    private static boolean filledLater(Element table) {
        return table.children().stream().anyMatch(c -> c.normalName().equals("tbody") && c.childrenSize() == 0
                && c.sourceRange().isTracked() && !c.sourceRange().isImplicit());
    }

    /** Whether some other cell of the table is assigned to this header, by position or by its headers attribute. */
    private static boolean assigned(TableGrid.Cell h, TableGrid grid) {
        boolean column = h.role().equals("columnheader");
        String id = h.element().id();
        for (TableGrid.Cell c : grid.cells) {
            if (c == h || AriaData.excluded(c.element())) continue;
            String headers = c.element().attr("headers").strip();
            if (!headers.isEmpty()) {
                if (!id.isEmpty() && Set.of(headers.split("\\s+")).contains(id)) return true;
                continue;
            }
            if (column ? overlaps(c.col(), c.cols(), h.col(), h.cols()) && !overlaps(c.row(), c.rows(), h.row(), h.rows())
                    : overlaps(c.row(), c.rows(), h.row(), h.rows()) && !overlaps(c.col(), c.cols(), h.col(), h.cols()))
                return true;
        }
        return false;
    }

    private static boolean overlaps(int a, int aLen, int b, int bLen) {
        return a < b + bLen && b < a + aLen;
    }
}
