package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/heading-empty", summary = "Headings should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"1.3.1", "2.4.6"}, act = "ffd0e9")
public final class HeadingEmptyRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withRole("heading"::equals)) {
            if (!"heading".equals(AccessibleName.role(e)) || Hidden.isHidden(e)) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "Heading " + HtmlView.describe(e) + " is empty: write the heading text, "
                        + "or remove the heading.");
        }
    }
}
