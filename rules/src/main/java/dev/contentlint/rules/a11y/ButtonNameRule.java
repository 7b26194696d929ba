package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/button-name", summary = "Buttons should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "97a4e1")
public final class ButtonNameRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withRole("button"::equals)) {
            if (!"button".equals(AccessibleName.role(e)) || Hidden.isHidden(e)) continue;
            // Image buttons are judged by a11y/image-alt.
            if (e.normalName().equals("input") && e.attr("type").strip().equalsIgnoreCase("image")) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "Button " + HtmlView.describe(e) + " has no accessible name: give it text "
                        + "or an aria-label.");
        }
    }
}
