package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/duplicate-id", summary = "Id attribute values should be unique in a page",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.1", act = "3ea0c8")
public final class DuplicateIdRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        Map<String, Element> first = new HashMap<>();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            if (!e.hasAttr("id") || e.attr("id").isEmpty() || e.closest("template") != null) continue;
            String id = e.attr("id");
            Element earlier = first.putIfAbsent(id, e);
            if (earlier == null) continue;
            int line = document.location(document.spanOf(earlier)).line();
            context.report(e, "id=\"" + id + "\" is already used on line " + line
                    + ": labels, aria-labelledby and links reach only the first one; give each element its own id.");
        }
    }
}
