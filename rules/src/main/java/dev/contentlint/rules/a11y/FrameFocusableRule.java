package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/frame-focusable", summary = "Frames with focusable content should not be removed from the tab order",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"2.1.1", "2.1.3"}, act = "akn7bn")
public final class FrameFocusableRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).named("iframe")) {
            if (!e.normalName().equals("iframe") || !e.hasAttr("srcdoc")) continue;
            Integer tabindex = Focusable.tabindex(e);
            if (tabindex == null || tabindex >= 0 || Focusable.unrendered(e) || tiny(e)) continue;
            for (Element inner : Jsoup.parse(e.attr("srcdoc")).getAllElements()) {
                if (!Focusable.inSequentialNavigation(inner)) continue;
                context.report(e, "tabindex=\"" + e.attr("tabindex").strip() + "\" takes this frame out of the tab order,"
                        + " but it holds <" + inner.normalName() + ">, which keyboard users then cannot reach: remove the tabindex.");
                break;
            }
        }
    }

    /** A frame of at most 1 by 1 pixel shows nothing to interact with. */
    private static boolean tiny(Element e) {
        return e.attr("width").strip().matches("[01](px)?") || e.attr("height").strip().matches("[01](px)?");
    }
}
