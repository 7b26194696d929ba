package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/link-name", summary = "Links should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"2.4.4", "4.1.2"}, act = "c487ae")
public final class LinkNameRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withRole(AccessibleName.LINK_ROLES::contains)) {
            if (!AccessibleName.LINK_ROLES.contains(String.valueOf(AccessibleName.role(e))) || Hidden.isHidden(e)) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "Link " + HtmlView.describe(e) + " has no accessible name: give it text, "
                        + "an image with alt text, or an aria-label.");
        }
    }
}
