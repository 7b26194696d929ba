package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/form-label", summary = "Form fields should have an accessible name",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"4.1.2", "1.3.1", "3.3.2"}, act = "e086e5")
public final class FormLabelRule implements Rule {
    /** The roles of form fields (ACT e086e5). */
    private static final Set<String> FIELDS = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox",
            "menuitemradio", "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element e : ElementIndex.of(doc).withRole(FIELDS::contains)) {
            String role = AccessibleName.role(e);
            if (role == null || !FIELDS.contains(role) || Hidden.isHidden(e)) continue;
            if (!AccessibleName.hasName(e))
                HtmlView.report(ctx, doc, e, "Form field " + HtmlView.describe(e) + " has no accessible name: "
                        + "associate a <label>, or add an aria-label.");
        }
    }
}
