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
@RuleInfo(id = "a11y/presentation-conflict",
        summary = "Elements marked as decorative should not be focusable or carry global ARIA attributes",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"1.1.1", "4.1.2"}, act = "46ca7f")
public final class PresentationConflictRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            String explicit = aria.explicitRole(e);
            String marked;
            if ("none".equals(explicit) || "presentation".equals(explicit)) marked = "role=\"" + explicit + "\"";
            else if (explicit == null && e.normalName().equals("img") && e.hasAttr("alt") && e.attr("alt").isEmpty())
                marked = "alt=\"\"";
            else continue;
            if (AriaData.excluded(e)) continue;
            List<String> globals = aria.globalAttributes(e);
            String why;
            if (Focusable.isFocusable(e)) why = "it can take focus";
            else if (!globals.isEmpty()) why = "it has " + String.join(" and ", globals);
            else continue;
            context.report(e, "<" + e.normalName() + "> is marked as decorative with " + marked + ", but browsers expose it anyway"
                    + " because " + why + ": remove " + (globals.isEmpty() ? "the tabindex or make it not focusable" : "the ARIA attributes")
                    + ", or remove " + marked + " if it is not decorative.");
        }
    }
}
