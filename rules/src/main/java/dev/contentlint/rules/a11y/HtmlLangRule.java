package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/html-lang", summary = "Pages should state their language on the html element",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "3.1.1", act = "b5c3f8")
public final class HtmlLangRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        if (!HtmlView.isPage(doc)) return;
        Element html = doc.html().selectFirst("html");
        if (html.attr("lang").isBlank())
            HtmlView.report(ctx, doc, html, "The page does not state its language: add a lang attribute to <html>, "
                    + "such as lang=\"en\".");
    }
}
