package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/frame-title", summary = "Inline frames should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "cae760")
public final class FrameTitleRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).named("iframe")) {
            if (!e.normalName().equals("iframe") || Hidden.isHidden(e)) continue;
            String explicit = AccessibleName.explicitRole(e);
            if ("none".equals(explicit) || "presentation".equals(explicit)) continue;
            // A frame taken out of the tab order cannot be reached, so its name is not needed to reach it.
            if (negativeTabindex(e)) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "This <iframe> has no accessible name: add a title attribute saying "
                        + "what the frame holds.");
        }
    }

    private static boolean negativeTabindex(Element e) {
        try {
            return e.hasAttr("tabindex") && Integer.parseInt(e.attr("tabindex").strip()) < 0;
        } catch (NumberFormatException x) {
            return false;
        }
    }
}
