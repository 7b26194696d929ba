package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/heading-order", summary = "Heading levels should go down one at a time",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "1.3.1")
public final class HeadingOrderRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        int previous = 0;
        for (Element e : ElementIndex.of(doc).withRole("heading"::equals)) {
            int level = level(e);
            if (level == 0 || Hidden.isHidden(e)) continue;
            if (previous > 0 && level > previous + 1)
                HtmlView.report(ctx, doc, e, "Heading level " + level + " follows level " + previous + ", skipping "
                        + (level - previous == 2 ? "level " + (previous + 1) : "levels " + (previous + 1) + " to " + (level - 1))
                        + ": use h" + (previous + 1) + " here, or add the missing level.");
            previous = level;
        }
    }

    /** The heading level of the element, or 0 when it is not a heading. */
    static int level(Element e) {
        if (!"heading".equals(AccessibleName.role(e))) return 0;
        String aria = e.attr("aria-level").strip();
        if (!aria.isEmpty() && aria.matches("\\d{1,2}") && Integer.parseInt(aria) > 0) return Integer.parseInt(aria);
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) return name.charAt(1) - '0';
        return 2; // role=heading without aria-level
    }
}
