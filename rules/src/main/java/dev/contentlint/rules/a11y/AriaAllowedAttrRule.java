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
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/aria-allowed-attr",
        summary = "ARIA states and properties should be allowed for the element's role, and required ones present",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"4.1.2", "1.3.1"},
        act = {"5c01ea", "kb1m8s", "4e8ab6"})
public final class AriaAllowedAttrRule implements Rule {
    /** Inputs whose checked state stands for aria-checked. */
    private static final Set<String> CHECKABLE = Set.of("checkbox", "radio");
    /** Inputs whose value stands for aria-valuenow. */
    private static final Set<String> VALUED = Set.of("range", "number");

    @Override
    public void check(Document document, RuleContext context) {
        AriaData aria = AriaData.get();
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).withAttributes()) {
            List<Attribute> attrs = AriaData.ariaAttributes(e);
            String explicit = aria.explicitRole(e);
            if (attrs.isEmpty() && explicit == null) continue;
            if (!knownElement(e) || AriaData.excluded(e)) continue;
            String role = aria.attributeRole(e);
            AriaData.Role def = aria.role(role);
            for (Attribute a : attrs) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                AriaData.Attribute attr = aria.attribute(name);
                if (attr == null) continue; // unknown attributes are a11y/aria-attr's
                if (def != null && def.prohibited().contains(name)) {
                    HtmlView.report(context, document, e, name + " is prohibited on " + describe(e, role)
                            + ": remove it, or give the element a role that can be named.", "kb1m8s", "5c01ea");
                } else if (!attr.global() && (def == null || !def.supported().contains(name) && !def.required().contains(name))) {
                    HtmlView.report(context, document, e, name + " is not allowed on " + describe(e, role)
                            + ": remove it or use a role that supports it.", "5c01ea");
                }
            }
            if (explicit != null && explicit.equals(role) && !explicit.equals(aria.implicitRole(e)) && def != null) {
                List<String> missing = new ArrayList<>();
                for (String req : def.required())
                    if (!e.hasAttr(req) && !impliedNatively(e, role, req)) missing.add(req);
                if (!missing.isEmpty())
                    HtmlView.report(context, document, e, "role=\"" + role + "\" requires " + String.join(" and ", missing)
                            + ": add " + (missing.size() == 1 ? "it" : "them")
                            + ", or use a native element that has the role and its state built in.", "4e8ab6");
            }
        }
    }

    /** Whether a required state is given by the element's native semantics, or the role only needs it when focusable. */
    private static boolean impliedNatively(Element e, String role, String attr) {
        String type = e.normalName().equals("input") ? e.attr("type").strip().toLowerCase(Locale.ROOT) : "";
        if (attr.equals("aria-checked") && CHECKABLE.contains(type)) return true;
        if (attr.equals("aria-valuenow") && VALUED.contains(type)) return true;
        if (attr.equals("aria-level") && e.normalName().matches("h[1-6]")) return true;
        // A separator is a widget needing a value only when it can take focus.
        return (role.equals("separator") || role.equals("doc-pagebreak")) && !Focusable.isFocusable(e);
    }

    /** HTML and SVG elements; custom elements and other vocabularies define their own semantics. */
    private static boolean knownElement(Element e) {
        return Tag.isKnownTag(e.normalName()) || e.closest("svg") != null;
    }

    private static String describe(Element e, String role) {
        return "<" + e.normalName() + ">" + (role == null ? " (which has no ARIA role)" : " (role " + role + ")");
    }
}
