package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/lang-valid", summary = "Language attributes should hold valid language tags",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"3.1.1", "3.1.2"},
        act = {"bf051a", "de46e4"})
public final class LangValidRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withAttributes()) {
            if (!e.hasAttr("lang")) continue;
            String lang = e.attr("lang");
            boolean root = e.normalName().equals("html");
            if (lang.isEmpty() || root && lang.isBlank()) continue; // html-lang reports a missing page language
            if (!root && !hasOwnContent(e)) continue; // a tag that applies to nothing changes nothing
            String problem = LanguageTags.problem(lang);
            if (problem != null)
                HtmlView.report(ctx, doc, e, "lang=\"" + lang + "\" " + problem + ".", root ? "bf051a" : "de46e4");
        }
    }

    /** Whether text or an image name in the element takes its language from this element's lang. */
    private static boolean hasOwnContent(Element e) {
        if (Hidden.isNotRendered(e)) return false;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) return true;
            if (child instanceof Element c) {
                if (c.hasAttr("lang") || Hidden.hidesItself(c)) continue;
                if (c.normalName().equals("img") && !c.attr("alt").isBlank()) return true;
                if (hasOwnContent(c)) return true;
            }
        }
        return false;
    }
}
