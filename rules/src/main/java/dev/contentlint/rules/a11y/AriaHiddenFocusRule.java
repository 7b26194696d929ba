package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.List;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/aria-hidden-focus", summary = "Content hidden with aria-hidden should not be reachable with the Tab key",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "6cfa84")
public final class AriaHiddenFocusRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        List<Element> elements = AriaData.elements(document);
        String scripts = null;
        for (Element e : elements.isEmpty() ? elements : ElementIndex.of(document).withAttributes()) {
            if (!"true".equalsIgnoreCase(e.attr("aria-hidden").strip()) || insideHidden(e) || hiddenByStylesheet(e)) continue;
            for (Element d : e.getAllElements()) {
                if (!Focusable.inSequentialNavigation(d)) continue;
                if (scripts == null) scripts = scriptText(elements);
                // A script that names the element may move focus away from it when it gets focus.
                if (!d.id().isEmpty() && scripts.contains(d.id())) continue;
                String what = d == e ? "it" : "<" + d.normalName() + "> inside it";
                context.report(e, "aria-hidden=\"true\" hides this <" + e.normalName() + "> from assistive technology, but "
                        + what + " can still be reached with Tab: remove aria-hidden, or take the content out of the tab order"
                        + " (tabindex=\"-1\", disabled or hidden).");
                break;
            }
        }
    }

    /**
     * Whether the element, or an ancestor, is a closed dialog or panel that a stylesheet hides: a
     * {@code <dialog>} without {@code open}, role dialog or alertdialog, or a class that conventionally
     * hides with CSS ({@code modal}, {@code offcanvas}, {@code collapse}, {@code d-none}, ...). Such content
     * is out of the tab order until a script shows it, so reporting it would be a false alarm.
     */
    private static boolean hiddenByStylesheet(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("dialog") && !p.hasAttr("open")) return true;
            String role = p.attr("role").strip().toLowerCase(java.util.Locale.ROOT);
            if (role.equals("dialog") || role.equals("alertdialog")) return true;
            for (String c : p.classNames())
                if (HIDING_CLASS.matcher(c).find()) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern HIDING_CLASS = java.util.regex.Pattern.compile(
            "(?i)modal|offcanvas|drawer|popover|popup|^(collapse|collapsed|hidden|is-hidden|d-none|hide|invisible|closed)$");

    private static boolean insideHidden(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent())
            if ("true".equalsIgnoreCase(p.attr("aria-hidden").strip())) return true;
        return false;
    }

    private static String scriptText(List<Element> elements) {
        StringBuilder sb = new StringBuilder();
        for (Element e : elements) if (e.normalName().equals("script")) sb.append(e.data()).append('\n');
        return sb.toString();
    }
}
