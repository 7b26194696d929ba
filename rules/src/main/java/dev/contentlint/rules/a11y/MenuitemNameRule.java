package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/menuitem-name", summary = "Menu items should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "m6b1q3")
public final class MenuitemNameRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withRole("menuitem"::equals)) {
            if (!"menuitem".equals(AccessibleName.role(e)) || Hidden.isHidden(e)) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "Menu item " + HtmlView.describe(e) + " has no accessible name: give it "
                        + "text or an aria-label.");
        }
    }
}
