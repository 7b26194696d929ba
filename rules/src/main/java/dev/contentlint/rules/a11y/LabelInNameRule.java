package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/label-in-name", summary = "The visible label of a control should be part of its accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "2.5.3", act = "2ee8b8")
public final class LabelInNameRule implements Rule {
    /** Widget roles whose visible label is their content. */
    private static final Set<String> WIDGETS = Set.of("button", "checkbox", "gridcell", "link", "menuitem",
            "menuitemcheckbox", "menuitemradio", "option", "radio", "switch", "tab", "treeitem", "doc-backlink",
            "doc-biblioref", "doc-glossref", "doc-noteref");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "p",
            "pre", "section", "table", "td", "th", "tr", "ul", "ol");

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withAttributes()) {
            if (!e.hasAttr("aria-label") && !e.hasAttr("aria-labelledby")) continue;
            String role = AccessibleName.role(e);
            if (role == null || !WIDGETS.contains(role) || Hidden.isHidden(e)) continue;
            String visible = AccessibleName.collapse(visibleText(e, new StringBuilder()).toString());
            List<String> label = words(visible.replaceAll("\\([^)]*\\)|\\[[^]]*]", " "));
            // A lone letter such as "X" is an icon, not a label to speak.
            if (label.isEmpty() || label.size() == 1 && label.get(0).length() == 1 && Character.isLetter(label.get(0).charAt(0)))
                continue;
            String name = AccessibleName.of(e);
            if (name.isEmpty() || contains(words(name), label)) continue;
            HtmlView.report(ctx, doc, e, "The visible label \"" + visible + "\" is not part of the accessible name \""
                    + name + "\": start the name with the visible words so speech users can say what they see.");
        }
    }

    /** The text a sighted user sees: hidden content left out; aria-hidden text is still seen. */
    private static StringBuilder visibleText(Element e, StringBuilder sb) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element c && !Hidden.hidesItself(c)) {
                String display = Hidden.property(c.attr("style"), "display");
                boolean block = display != null ? !display.startsWith("inline") : BLOCKS.contains(c.normalName());
                if (block) sb.append(' ');
                visibleText(c, sb);
                if (block) sb.append(' ');
            }
        }
        return sb;
    }

    /** Lower-case words with punctuation and symbols removed; a word keeps a final period as an abbreviation mark. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s\\u00a0]+")) {
            StringBuilder w = new StringBuilder();
            raw.codePoints().filter(Character::isLetterOrDigit).forEach(w::appendCodePoint);
            if (w.length() == 0) continue;
            boolean abbreviation = raw.endsWith(".") && raw.chars().filter(c -> c == '.').count() == 1
                    && w.chars().allMatch(Character::isLetter);
            out.add(abbreviation ? w + "." : w.toString());
        }
        return out;
    }

    /** Whether the label's words appear in the name's, in order and next to each other. */
    static boolean contains(List<String> name, List<String> label) {
        for (int i = 0; i + label.size() <= name.size(); i++) {
            boolean all = true;
            for (int j = 0; j < label.size() && all; j++) all = same(name.get(i + j), label.get(j));
            if (all) return true;
        }
        return false;
    }

    private static boolean same(String nameWord, String labelWord) {
        if (labelWord.endsWith(".")) {
            String stem = labelWord.substring(0, labelWord.length() - 1);
            return nameWord.replace(".", "").startsWith(stem);
        }
        return nameWord.replace(".", "").equals(labelWord);
    }
}
