package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/page-heading", summary = "A page should have exactly one top-level heading",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = {"1.3.1", "2.4.6"})
public final class PageHeadingRule implements Rule {
    /** Folders of snippets that site generators include into other pages; they are not pages. */
    private static final Set<String> PARTIAL_FOLDERS = Set.of("_includes", "includes", "_partials", "partials",
            "snippets", "_snippets", "fragments", "_fragments", "reusables", "_shared", "shared-content");

    /** Whether a Markdown file is a snippet included into pages rather than a page. */
    static boolean isPartial(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length - 1; i++) if (PARTIAL_FOLDERS.contains(parts[i])) return true;
        String file = parts[parts.length - 1];
        return file.startsWith("_") && !file.startsWith("_index.");
    }

    /**
     * Whether a Markdown page is a sub-page of an mdBook that starts at level 2, as such pages do by convention:
     * the book shows the chapter title from its {@code SUMMARY.md}.
     */
    private static boolean bookSubPage(Document doc, RuleContext ctx) {
        if (doc.markdown() == null) return false;
        for (Element e : ElementIndex.of(doc).withRole("heading"::equals)) {
            int level = HeadingOrderRule.level(e);
            if (level > 0) return level == 2 && ctx.service(Books.class).contains(doc.path());
        }
        return false;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        boolean markdown = doc.markdown() != null;
        if (!markdown && !HtmlView.isPage(doc)) return;
        List<Element> h1 = new ArrayList<>();
        for (Element e : ElementIndex.of(doc).withRole("heading"::equals))
            if (HeadingOrderRule.level(e) == 1 && !Hidden.isHidden(e)) h1.add(e);
        // Site generators render a front matter title as the page's h1, above the Markdown, so it names the page.
        Object title = doc.frontMatter().values().get("title");
        boolean titled = markdown && title != null && !title.toString().isBlank();
        if (markdown && isPartial(doc.relativePath())) return;
        if (h1.isEmpty() && !titled && !bookSubPage(doc, ctx)) {
            ctx.reportFile("The page has no top-level heading: start it with one (# Title in Markdown, <h1> in HTML)"
                    + " naming what the page is about.");
            return;
        }
        // A title repeated as the first heading is the usual way to write a page for templates that do not
        // show the front matter title, so only headings after the first are reported.
        for (int i = 1; i < h1.size(); i++)
            HtmlView.report(ctx, doc, h1.get(i), "The page already has a top-level heading, so this one is a second:"
                    + " make it a level-2 heading.");
    }
}
