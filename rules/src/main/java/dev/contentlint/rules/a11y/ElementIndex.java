package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.HtmlElements;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The elements of a document's HTML view ({@link HtmlElements}) indexed also by whether they carry attributes and
 * by role, built in one pass per document. Most accessibility rules judge a few kinds of element; with the index each visits
 * those instead of every element, and the roles they select by are computed once instead of once per rule (on a
 * page of millions of unclosed inline tags the forty rules' walks were most of the cost). Queries return elements
 * in document order, as the walks met them.
 */
final class ElementIndex {
    private final List<Element> all;
    /** The document's elements by tag name, or null for plain text, whose view these rules do not judge. */
    private final HtmlElements elements;
    private final int[] withAttributes;
    /** Roles as the name rules read them ({@link AccessibleName#role}). */
    private final Map<String, int[]> byRole;
    /** Roles as the ARIA rules read them ({@link AriaData#role(Element)}). */
    private final Map<String, int[]> byAriaRole;

    private ElementIndex(HtmlElements elements) {
        this.elements = elements;
        this.all = elements == null ? List.of() : elements.all();
        AriaData aria = AriaData.get();
        Map<String, Positions> roles = new HashMap<>(), ariaRoles = new HashMap<>();
        Positions attributes = new Positions();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e.attributesSize() > 0) attributes.add(i);
            String role = AccessibleName.role(e);
            if (role != null) roles.computeIfAbsent(role, k -> new Positions()).add(i);
            String ariaRole = aria.role(e);
            if (ariaRole != null) ariaRoles.computeIfAbsent(ariaRole, k -> new Positions()).add(i);
        }
        withAttributes = attributes.toArray();
        byRole = frozen(roles);
        byAriaRole = frozen(ariaRoles);
    }

    /** The index of the elements {@link HtmlView#elements} lists for {@code doc}, built on first use. */
    static ElementIndex of(Document doc) {
        return doc.derived(ElementIndex.class, d -> new ElementIndex(d.format() == Format.TEXT ? null : HtmlElements.of(d)));
    }

    /** A query for the elements that match any of its parts. */
    Query query() {
        return new Query();
    }

    /** Elements with any of these tag names. */
    List<Element> named(String... names) {
        return elements == null ? List.of() : elements.named(names);
    }

    /** Elements with at least one attribute. */
    List<Element> withAttributes() {
        return query().withAttributes().elements();
    }

    /** Elements whose {@link AccessibleName#role} is accepted. */
    List<Element> withRole(Predicate<String> accept) {
        return query().role(accept).elements();
    }

    /** Elements whose {@link AriaData#role(Element)} is accepted. */
    List<Element> withAriaRole(Predicate<String> accept) {
        return query().ariaRole(accept).elements();
    }

    /** A union of element sets, read in document order. */
    final class Query {
        private final BitSet selected = new BitSet(all.size());

        Query named(String... names) {
            if (elements != null) for (String n : names) mark(elements.positions(n));
            return this;
        }

        Query withAttributes() {
            mark(withAttributes);
            return this;
        }

        Query role(Predicate<String> accept) {
            byRole.forEach((role, at) -> { if (accept.test(role)) mark(at); });
            return this;
        }

        Query ariaRole(Predicate<String> accept) {
            byAriaRole.forEach((role, at) -> { if (accept.test(role)) mark(at); });
            return this;
        }

        private void mark(int[] positions) {
            if (positions != null) for (int p : positions) selected.set(p);
        }

        List<Element> elements() {
            int[] at = selected.stream().toArray();
            return new AbstractList<>() {
                @Override public Element get(int i) { return all.get(at[i]); }
                @Override public int size() { return at.length; }
            };
        }
    }

    private static Map<String, int[]> frozen(Map<String, Positions> m) {
        Map<String, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray()));
        return Map.copyOf(out);
    }

    /** A growing list of positions in the element list. */
    private static final class Positions {
        private int[] a = new int[8];
        private int n;

        void add(int p) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = p;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
