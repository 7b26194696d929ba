package dev.contentlint.rules.a11y;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements can take focus, and which are in sequential focus navigation (reached with Tab), as
 * far as the source tells: native focusable elements, {@code tabindex}, {@code disabled}, {@code inert},
 * the {@code hidden} attribute, inline {@code display:none} and closed {@code <details>}. External CSS
 * and scripts can change both answers; they are not seen.
 */
public final class Focusable {
    private static final Set<String> FORM_CONTROLS = Set.of("button", "input", "select", "textarea");
    private static final Set<String> DISABLEABLE = Set.of("button", "input", "select", "textarea", "optgroup", "option", "fieldset");

    private Focusable() {}

    /** Whether the element can take focus at all (by Tab, click or script), any tabindex included. */
    public static boolean isFocusable(Element e) {
        if (disabled(e) || unrendered(e)) return false;
        return tabindex(e) != null || nativelyFocusable(e);
    }

    /** Whether the element is reached by Tab: focusable and its tabindex is not negative. */
    public static boolean inSequentialNavigation(Element e) {
        if (!isFocusable(e)) return false;
        Integer t = tabindex(e);
        return t == null || t >= 0;
    }

    /** The element's tabindex when it is a valid integer, else null. */
    public static Integer tabindex(Element e) {
        if (!e.hasAttr("tabindex")) return null;
        String v = e.attr("tabindex").strip();
        if (!v.matches("[-+]?\\d{1,9}")) return null;
        return Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
    }

    /** Whether HTML makes the element focusable without a tabindex. */
    public static boolean nativelyFocusable(Element e) {
        String name = e.normalName();
        switch (name) {
            case "a":
                return e.hasAttr("href");
            case "area":
                return e.hasAttr("href") && e.closest("map") != null;
            case "input":
                return !e.attr("type").strip().toLowerCase(Locale.ROOT).equals("hidden");
            case "button", "select", "textarea", "iframe", "embed":
                return true;
            case "audio", "video":
                return e.hasAttr("controls");
            case "summary":
                Element parent = e.parent();
                return parent != null && parent.normalName().equals("details") && parent.children().stream()
                        .filter(c -> c.normalName().equals("summary")).findFirst().orElse(null) == e;
            default:
                break;
        }
        String editable = e.attr("contenteditable").strip().toLowerCase(Locale.ROOT);
        return e.hasAttr("contenteditable") && (editable.isEmpty() || editable.equals("true") || editable.equals("plaintext-only"));
    }

    /** Whether a form control is disabled, by its own attribute or a disabled fieldset outside its first legend. */
    public static boolean disabled(Element e) {
        if (!DISABLEABLE.contains(e.normalName())) return false;
        if (e.hasAttr("disabled")) return true;
        if (e.normalName().equals("option")) {
            Element group = e.parent();
            if (group != null && group.normalName().equals("optgroup") && group.hasAttr("disabled")) return true;
        }
        if (!FORM_CONTROLS.contains(e.normalName())) return false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("fieldset") && p.hasAttr("disabled")) {
                Element legend = p.children().stream().filter(c -> c.normalName().equals("legend")).findFirst().orElse(null);
                if (legend == null || !e.parents().contains(legend)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is not rendered or not interactive: {@code hidden}, inline {@code display:none}
     * or {@code visibility:hidden}, {@code inert}, inside a template or inside a closed details element
     * (outside its summary), on it or an ancestor.
     */
    public static boolean unrendered(Element e) {
        Element child = null;
        for (Element p = e; p != null; child = p, p = p.parent()) {
            if (p.hasAttr("hidden")) return true;
            if (p.hasAttr("inert") || AriaData.hidingStyle(p) || p.normalName().equals("template")) return true;
            if (child != null && p.normalName().equals("details") && !p.hasAttr("open")
                    && !(child.normalName().equals("summary") && nativelyFocusable(child))) return true;
            if (child != null && p.normalName().equals("noscript")) return true;
        }
        return false;
    }
}
