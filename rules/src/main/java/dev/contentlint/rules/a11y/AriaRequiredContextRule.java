package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/aria-required-context",
        summary = "Roles that need a parent or children of certain roles should have them",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "1.3.1", act = {"ff89c9", "bc4a75"})
public final class AriaRequiredContextRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        List<Element> elements = AriaData.elements(document);
        if (elements.isEmpty()) return;
        AriaData aria = AriaData.get();
        Map<String, Element> byId = new HashMap<>();
        Map<Element, Element> ownedBy = new HashMap<>();
        ElementIndex index = ElementIndex.of(document);
        List<Element> attributed = index.withAttributes();
        for (Element e : attributed) if (!e.id().isEmpty()) byId.putIfAbsent(e.id(), e);
        for (Element e : attributed) {
            if (!e.hasAttr("aria-owns")) continue;
            for (String id : e.attr("aria-owns").strip().split("\\s+")) {
                Element owned = byId.get(id);
                if (owned != null && owned != e) ownedBy.putIfAbsent(owned, e);
            }
        }
        Tree tree = new Tree(aria, byId, ownedBy);
        // only roles that need a context or owned elements are judged
        for (Element e : index.withAriaRole(r -> {
            AriaData.Role d = aria.role(r);
            return d != null && (!d.context().isEmpty() || !d.owned().isEmpty());
        })) {
            String explicit = aria.explicitRole(e);
            String role = aria.role(e);
            AriaData.Role def = aria.role(role);
            if (def == null || AriaData.excluded(e)) continue;
            if (explicit != null && explicit.equals(role) && !def.context().isEmpty()) {
                Element owner = tree.owner(e);
                String ownerRole = owner == null ? null : aria.role(owner);
                if (ownerRole == null || !def.context().contains(ownerRole))
                    context.report(e, "role=\"" + role + "\" must be inside an element with role "
                            + String.join(" or ", def.context()) + (owner == null ? "" : ", not " + describe(owner, ownerRole))
                            + ": wrap it in one, or use aria-owns.");
            }
            if (!def.owned().isEmpty() && !"true".equalsIgnoreCase(e.attr("aria-busy").strip())) {
                Element bad = tree.firstWrongOwned(e, role, def.owned());
                if (bad != null)
                    context.report(e, describe(e, role) + " may only own " + allowed(def.owned())
                            + ", but it owns " + describe(bad, tree.ownedRole(bad)) + ": fix the roles or the nesting.");
            }
        }
    }

    private static String allowed(List<String> owned) {
        Set<String> names = new LinkedHashSet<>();
        for (String o : owned) names.add(o.contains(">") ? o.substring(o.indexOf('>') + 1) + " (or a group of them)" : o);
        return String.join(", ", names);
    }

    static String describe(Element e, String role) {
        return "<" + e.normalName() + ">" + (role == null ? "" : " (role " + role + ")");
    }

    /** The accessibility tree's ownership, approximated from the DOM and aria-owns. */
    private record Tree(AriaData aria, Map<String, Element> byId, Map<Element, Element> ownedBy) {
        /** Whether an element is left out of the tree and its children taken by its parent. */
        boolean transparent(Element e) {
            String explicit = aria.explicitRole(e);
            if (explicit != null && (explicit.equals("none") || explicit.equals("presentation")) && !aria.presentationConflict(e))
                return true;
            String role = aria.role(e);
            return role == null || role.equals("generic") && aria.globalAttributes(e).isEmpty();
        }

        /** The element that owns this one: the aria-owns referrer, else the nearest ancestor that is not transparent. */
        Element owner(Element e) {
            Element owner = ownedBy.get(e);
            if (owner != null) return owner;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (ownedBy.containsKey(p)) return ownedBy.get(p);
                if (!transparent(p)) return p;
            }
            return null;
        }

        String ownedRole(Element e) {
            return aria.role(e);
        }

        /** The first owned element whose role is not allowed, or null when all are. */
        Element firstWrongOwned(Element e, String role, List<String> allowed) {
            for (Element child : owned(e)) {
                String childRole = aria.role(child);
                if (allowed.contains(childRole)) continue;
                AriaData.Role childDef = aria.role(childRole);
                if (childDef != null && childDef.context().contains(role)) continue; // a caption in a table
                if ("group".equals(childRole)) {
                    List<String> inGroup = new ArrayList<>();
                    for (String a : allowed) if (a.startsWith("group>")) inGroup.add(a.substring(6));
                    if (!inGroup.isEmpty()) {
                        List<String> nested = new ArrayList<>(inGroup);
                        for (String a : inGroup) nested.add("group>" + a);
                        Element bad = firstWrongOwned(child, role, nested);
                        if (bad == null) continue;
                        return bad;
                    }
                }
                return child;
            }
            return null;
        }

        /** The elements an element owns: its children through transparent wrappers, plus aria-owns targets. */
        List<Element> owned(Element e) {
            List<Element> out = new ArrayList<>();
            collect(e, out);
            if (e.hasAttr("aria-owns"))
                for (String id : e.attr("aria-owns").strip().split("\\s+")) {
                    Element o = byId.get(id);
                    if (o != null && o != e && !AriaData.excluded(o)) out.add(o);
                }
            return out;
        }

        private void collect(Element parent, List<Element> out) {
            for (Element c : parent.children()) {
                if (ownedBy.containsKey(c) && ownedBy.get(c) != parent || AriaData.excluded(c)) continue;
                String role = aria.role(c);
                if (role == null) continue;
                // An empty or text-only generic element is owned as it is; one with elements inside is a wrapper.
                if (transparent(c) && (!role.equals("generic") || !c.children().isEmpty())) collect(c, out);
                else out.add(c);
            }
        }
    }
}
