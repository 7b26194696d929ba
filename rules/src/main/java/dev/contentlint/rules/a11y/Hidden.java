package dev.contentlint.rules.a11y;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether an element is hidden from assistive technologies, as far as its source shows: the {@code hidden}
 * attribute, {@code aria-hidden="true"}, inline {@code display:none} or {@code visibility:hidden}, and
 * elements that never render. External style sheets and scripts can hide or show more; they are not read.
 */
final class Hidden {
    /** Elements whose content is never rendered. */
    private static final Set<String> NEVER_RENDERED = Set.of("head", "script", "style", "template", "noscript",
            "title", "meta", "link", "base", "datalist", "param", "source", "track");

    private Hidden() {}

    /** Hidden itself or through an ancestor: not in the accessibility tree. */
    static boolean isHidden(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (hidesItself(p)) return true;
            if ("true".equalsIgnoreCase(p.attr("aria-hidden").strip())) return true;
        }
        return false;
    }

    /** Not rendered at all (so not visible), itself or through an ancestor; aria-hidden is not judged. */
    static boolean isNotRendered(Element e) {
        for (Element p = e; p != null; p = p.parent()) if (hidesItself(p)) return true;
        return false;
    }

    /** Whether this element, not counting ancestors, is not rendered. */
    static boolean hidesItself(Element e) {
        String name = e.normalName();
        if (NEVER_RENDERED.contains(name)) return true;
        if (e.hasAttr("hidden") && !"until-found".equalsIgnoreCase(e.attr("hidden").strip())) return true;
        if ("input".equals(name) && "hidden".equalsIgnoreCase(e.attr("type").strip())) return true;
        return styleHides(e.attr("style"));
    }

    /** Whether an inline style hides the element: display:none or visibility:hidden/collapse. */
    static boolean styleHides(String style) {
        if (style.isEmpty()) return false;
        String display = property(style, "display");
        if ("none".equals(display)) return true;
        String visibility = property(style, "visibility");
        return "hidden".equals(visibility) || "collapse".equals(visibility);
    }

    /** The last value of a property in an inline style, lower case, {@code !important} dropped; or null. */
    static String property(String style, String name) {
        String value = null;
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon < 0) continue;
            if (!decl.substring(0, colon).strip().equalsIgnoreCase(name)) continue;
            value = decl.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
        }
        return value;
    }
}
