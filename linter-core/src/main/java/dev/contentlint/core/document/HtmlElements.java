package dev.contentlint.core.document;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The elements of a document's {@link Document#html() HTML view}, listed once in document order and indexed by
 * tag name. Many rules look for a few kinds of element; each walk or CSS query of the whole tree costs time in
 * proportion to every element of the page, so rules that share this list pay for one walk per document.
 */
public final class HtmlElements {
    private final List<Element> all;
    private final Map<String, int[]> byName;

    private HtmlElements(List<Element> all) {
        this.all = all;
        Map<String, int[]> names = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : all) counts.merge(e.normalName(), 1, Integer::sum);
        counts.forEach((name, n) -> names.put(name, new int[n]));
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).normalName();
            int k = filled.merge(name, 1, Integer::sum) - 1;
            names.get(name)[k] = i;
        }
        this.byName = Map.copyOf(names);
    }

    /** The elements of {@code doc}'s HTML view, built on first use and shared by every rule. */
    public static HtmlElements of(Document doc) {
        return doc.derived(HtmlElements.class, d -> new HtmlElements(List.copyOf(d.html().getAllElements())));
    }

    /** Every element, the root included, in document order. */
    public List<Element> all() {
        return all;
    }

    /** The elements with one of these (lower case) tag names, in document order. */
    public List<Element> named(String... names) {
        if (names.length == 1) return at(byName.getOrDefault(names[0], new int[0]));
        BitSet selected = new BitSet(all.size());
        for (String n : names) for (int p : byName.getOrDefault(n, new int[0])) selected.set(p);
        return at(selected.stream().toArray());
    }

    /** Positions in {@link #all()} of the elements with this tag name, ascending; for indexes built on this one. */
    public int[] positions(String name) {
        int[] p = byName.get(name);
        return p == null ? new int[0] : Arrays.copyOf(p, p.length);
    }

    private List<Element> at(int[] positions) {
        return new AbstractList<>() {
            @Override public Element get(int i) { return all.get(positions[i]); }
            @Override public int size() { return positions.length; }
        };
    }
}
