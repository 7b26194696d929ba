package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/link-destination", summary = "Links should have a destination",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "2.4.4")
public final class LinkDestinationRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).named("a")) {
            if (!e.normalName().equals("a") || !e.hasAttr("href") || Hidden.isHidden(e)) continue;
            String href = e.attr("href").strip();
            if (!href.isEmpty() && !href.equals("#")) continue;
            // A link a script handles, or one given another role, is a control rather than a broken link.
            if (!"link".equals(AccessibleName.role(e)) || hasScript(e)) continue;
            String text = AccessibleName.of(e);
            // "#" is the top of the page, which "Back to top" links mean.
            if (href.equals("#") && text.toLowerCase(Locale.ROOT).contains("top")) continue;
            HtmlView.report(ctx, doc, e, "Link \"" + text + "\" has " + (href.isEmpty() ? "an empty destination" : "the destination \"#\"")
                    + ": link to the page or section it names, or remove the link.");
        }
    }

    private static boolean hasScript(Element e) {
        for (var a : e.attributes()) if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) return true;
        return e.hasAttr("data-toggle") || e.hasAttr("data-bs-toggle") || e.hasAttr("aria-controls");
    }
}
