package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/emphasis-as-heading", summary = "Headings should be marked up as headings, not as bold or italic paragraphs",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "1.3.1")
public final class EmphasisAsHeadingRule implements Rule {
    private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i");
    /** Containers whose paragraphs are part of something else (a list item, a cell, a quote, a note). */
    private static final Set<String> NESTED = Set.of("li", "td", "th", "blockquote", "dd", "figcaption", "caption",
            "summary", "label", "button", "a", "aside", "footer", "nav", "header");
    private static final int MAX_LENGTH = 80;
    /** Text with the marks of code: operators, paths, options, a file extension. */
    private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile(
            "[<>=$\\\\/{}\\[\\]();|]|(^|\\s)-\\w|\\w-\\p{Lu}|\\w\\.[a-z0-9]{1,4}$");

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element p : ElementIndex.of(doc).named("p")) {
            if (!p.normalName().equals("p") || Hidden.isHidden(p) || nested(p)) continue;
            Element only = onlyChild(p);
            if (only == null) continue;
            String text = AccessibleName.collapse(only.text());
            if (text.isEmpty() || text.length() > MAX_LENGTH || !only.children().isEmpty() && !onlyText(only)) continue;
            // A sentence ends in punctuation; a heading does not (as markdownlint's MD036 reads it).
            if (".,;:!?。…)\"'".indexOf(text.charAt(text.length() - 1)) >= 0) continue;
            // A heading heads the content after it; bold text followed by nothing or by a heading heads nothing
            // (it is a value, such as a capability listed under "Capabilities").
            Element after = p.nextElementSibling();
            if (after == null || HeadingOrderRule.level(after) > 0) continue;
            // Italics right after a heading are a note on that heading ("Available in 2.4 and later").
            Element before = p.previousElementSibling();
            boolean italic = only.normalName().equals("em") || only.normalName().equals("i");
            if (italic && before != null && HeadingOrderRule.level(before) > 0) continue;
            if (CODE_LIKE.matcher(text).find()) continue; // a command or a file name shown in bold
            HtmlView.report(ctx, doc, p, "\"" + text + "\" is styled as a heading but is a paragraph: make it a "
                    + "heading (## " + text + ") so it appears in the page outline.");
        }
    }

    private static boolean nested(Element p) {
        for (Element a = p.parent(); a != null; a = a.parent()) if (NESTED.contains(a.normalName())) return true;
        return false;
    }

    /** The single emphasis element that is all of the paragraph's content, or null. */
    private static Element onlyChild(Element p) {
        Element only = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) return null;
            } else if (n instanceof Element e) {
                if (only != null || !EMPHASIS.contains(e.normalName())) return null;
                only = e;
            }
        }
        return only;
    }

    private static boolean onlyText(Element e) {
        for (Element c : e.children()) if (!EMPHASIS.contains(c.normalName()) || !onlyText(c)) return false;
        return true;
    }
}
