package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/tabindex-positive", summary = "Tabindex values should not be greater than zero",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "2.4.3")
public final class TabindexPositiveRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            Integer t = Focusable.tabindex(e);
            if (t == null || t <= 0) continue;
            context.report(e, "tabindex=\"" + e.attr("tabindex").strip() + "\" on <" + e.normalName()
                    + "> moves it ahead of the page's reading order in the Tab sequence: use tabindex=\"0\" and place"
                    + " the element where it belongs in the source.");
        }
    }
}
