package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/summary-name", summary = "The summary of a details element should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "2t702h")
public final class SummaryNameRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).named("summary")) {
            if (!e.normalName().equals("summary") || !AccessibleName.isDetailsSummary(e) || Hidden.isHidden(e)) continue;
            // A summary given another role is judged as that role (a button, a link).
            String explicit = AccessibleName.explicitRole(e);
            if (explicit != null && !explicit.equals("none") && !explicit.equals("presentation")) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "The <summary> of this <details> has no accessible name: write what the "
                        + "disclosed content is, for example \"Opening hours\".");
        }
    }
}
