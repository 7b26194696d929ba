package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/page-title", summary = "Pages should have a non-empty title",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "2.4.2", act = "2779a5")
public final class PageTitleRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        if (!HtmlView.isPage(doc)) return;
        // The browser shows the first <title> in the page, wherever it is.
        java.util.List<Element> titles = ElementIndex.of(doc).named("title");
        Element title = titles.isEmpty() ? null : titles.get(0);
        if (title == null)
            HtmlView.report(ctx, doc, doc.html().selectFirst("html"), "The page has no <title>: add one in <head> "
                    + "saying what the page is about.");
        else if (AccessibleName.collapse(title.text()).isEmpty())
            HtmlView.report(ctx, doc, title, "The page's <title> is empty: write what the page is about.");
    }
}
