package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/aria-role", summary = "Role attributes should name a concrete ARIA role",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"4.1.2", "1.3.1"}, act = "674b10")
public final class AriaRoleRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            if (!e.hasAttr("role") || e.attr("role").isBlank() || AriaData.excluded(e)) continue;
            if (aria.explicitRole(e) != null) continue;
            String value = e.attr("role").strip().replaceAll("\\s+", " ");
            String first = value.split(" ")[0].toLowerCase(Locale.ROOT);
            AriaData.Role r = aria.role(first);
            String why = r != null && r.isAbstract() ? "\"" + first + "\" is an abstract role, which authors must not use"
                    : value.contains(" ") ? "none of \"" + value + "\" is an ARIA role" : "\"" + value + "\" is not an ARIA role";
            context.report(e, "role=\"" + value + "\" on <" + e.normalName() + ">: " + why
                    + "; use a role from WAI-ARIA 1.2 or remove the attribute.");
        }
    }
}
