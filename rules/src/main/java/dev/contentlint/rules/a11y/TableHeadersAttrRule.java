package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/table-headers-attr", summary = "Headers attributes should refer to other cells of the same table",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "1.3.1", act = "a25f45")
public final class TableHeadersAttrRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        List<Element> elements = AriaData.elements(document);
        for (Element cell : elements.isEmpty() ? elements : ElementIndex.of(document).named("td", "th")) {
            if (!(cell.normalName().equals("td") || cell.normalName().equals("th")) || cell.attr("headers").isBlank()) continue;
            Element table = cell.closest("table");
            String tableRole = table == null ? null : aria.role(table);
            if (tableRole == null || !TableGrid.TABLE_ROLES.contains(tableRole) || AriaData.excluded(cell)) continue;
            List<String> bad = new ArrayList<>();
            for (String id : cell.attr("headers").strip().split("\\s+")) {
                if (id.equals(cell.id())) { bad.add("\"" + id + "\" (the cell itself)"); continue; }
                Element target = table.getElementsByAttributeValue("id", id).stream()
                        .filter(t -> (t.normalName().equals("td") || t.normalName().equals("th")) && t.closest("table") == table)
                        .findFirst().orElse(null);
                if (target == null) bad.add("\"" + id + "\"");
            }
            if (!bad.isEmpty())
                context.report(cell, "headers=\"" + cell.attr("headers").strip() + "\": " + String.join(", ", bad)
                        + (bad.size() == 1 ? " is not the id of another cell" : " are not ids of other cells")
                        + " of this table: point headers at the th cells that head this one.");
        }
    }
}
