package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/aria-attr", summary = "ARIA attributes should exist in WAI-ARIA and have valid values",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"4.1.2", "1.3.1"}, act = {"5f99a7", "6a7281"})
public final class AriaAttrRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            if (e.attributesSize() == 0) continue;
            for (Attribute a : AriaData.ariaAttributes(e)) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                AriaData.Attribute def = aria.attribute(name);
                if (def == null) {
                    context.report(e, name + " on <" + e.normalName() + "> is not an ARIA attribute: check its spelling"
                            + " against WAI-ARIA 1.2 or remove it.");
                    continue;
                }
                String value = a.getValue() == null ? "" : a.getValue();
                if (value.isBlank() || def.accepts(value) || AriaData.excluded(e)) continue;
                context.report(e, name + "=\"" + value.strip() + "\" on <" + e.normalName() + "> is not a valid value: use "
                        + def.expected() + ".");
            }
        }
    }
}
