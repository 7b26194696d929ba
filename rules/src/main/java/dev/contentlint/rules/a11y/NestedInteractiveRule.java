package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/nested-interactive",
        summary = "Elements whose children are presentational, such as buttons, should not contain focusable elements",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.2", act = "307n5z")
public final class NestedInteractiveRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAriaRole(r -> aria.role(r) != null && aria.role(r).presentationalChildren())) {
            if (e.childrenSize() == 0) continue;
            String role = aria.role(e);
            AriaData.Role def = aria.role(role);
            if (def == null || !def.presentationalChildren() || AriaData.excluded(e)) continue;
            for (Element d : e.getAllElements()) {
                if (d == e || !Focusable.inSequentialNavigation(d)) continue;
                context.report(e, "<" + e.normalName() + "> (role " + role + ") contains <" + d.normalName()
                        + ">, which can take focus but which assistive technology does not see inside a " + role
                        + ": move it out, or take it out of the tab order.");
                break;
            }
        }
    }
}
