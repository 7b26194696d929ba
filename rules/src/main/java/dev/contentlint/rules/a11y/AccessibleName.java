package dev.contentlint.rules.a11y;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The accessible name of an element, computed as the W3C accname 1.2 algorithm and HTML-AAM say, for what
 * the source shows: {@code aria-labelledby}, {@code aria-label}, the values of embedded controls, native
 * sources ({@code alt}, {@code <label>}, {@code <legend>}, {@code <caption>}, {@code <figcaption>}, SVG
 * {@code <title>}, {@code value} of input buttons, {@code placeholder}), name from content, and
 * {@code title}. Hidden content is skipped as {@link Hidden} decides; CSS generated content
 * ({@code ::before}) and text set by scripts are not seen.
 *
 * <p>It also holds the minimal role model the name computation needs (the element's explicit role if
 * it is a known one, else its implicit HTML role).
 */
final class AccessibleName {
    /** ARIA 1.2 roles, including the Graphics and DPub roles (only their names are needed here). */
    private static final Set<String> ROLES = Set.of("alert", "alertdialog", "application", "article", "banner",
            "blockquote", "button", "caption", "cell", "checkbox", "code", "columnheader", "combobox", "complementary",
            "contentinfo", "definition", "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure",
            "form", "generic", "grid", "gridcell", "group", "heading", "img", "insertion", "link", "list", "listbox",
            "listitem", "log", "main", "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox",
            "menuitemradio", "meter", "navigation", "none", "note", "option", "paragraph", "presentation",
            "progressbar", "radio", "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search",
            "searchbox", "separator", "slider", "spinbutton", "status", "strong", "subscript", "superscript",
            "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox", "time", "timer", "toolbar",
            "tooltip", "tree", "treegrid", "treeitem", "graphics-document", "graphics-object", "graphics-symbol",
            "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-backlink",
            "doc-biblioentry", "doc-bibliography", "doc-biblioref", "doc-chapter", "doc-colophon", "doc-conclusion",
            "doc-cover", "doc-credit", "doc-credits", "doc-dedication", "doc-endnote", "doc-endnotes", "doc-epigraph",
            "doc-epilogue", "doc-errata", "doc-example", "doc-footnote", "doc-foreword", "doc-glossary",
            "doc-glossref", "doc-index", "doc-introduction", "doc-noteref", "doc-notice", "doc-pagebreak",
            "doc-pagelist", "doc-part", "doc-preface", "doc-prologue", "doc-pullquote", "doc-qna", "doc-subtitle",
            "doc-tip", "doc-toc");

    /** Roles whose name comes from their content (accname "name from: contents"). */
    private static final Set<String> NAME_FROM_CONTENT = Set.of("button", "cell", "checkbox", "columnheader",
            "gridcell", "heading", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "radio", "row",
            "rowheader", "switch", "tab", "tooltip", "treeitem", "doc-backlink", "doc-biblioref", "doc-glossref",
            "doc-noteref", "summary");

    /** ARIA attributes any element may carry; one of them makes a presentational role be ignored. */
    private static final Set<String> GLOBAL_ARIA = Set.of("aria-atomic", "aria-busy", "aria-controls",
            "aria-current", "aria-describedby", "aria-description", "aria-details", "aria-dropeffect",
            "aria-flowto", "aria-grabbed", "aria-hidden", "aria-keyshortcuts", "aria-label", "aria-labelledby",
            "aria-live", "aria-owns", "aria-relevant", "aria-roledescription");

    /** Elements rendered as blocks by default: their text is separated from its neighbours' by a space. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td",
            "th", "tr", "ul", "caption", "legend", "option");

    /** Elements whose text never contributes to a name. */
    private static final Set<String> NEVER_NAMES = Set.of("script", "style", "template", "noscript", "head");

    private static final Set<String> TEXT_INPUTS = Set.of("", "text", "email", "tel", "url", "search", "password",
            "number", "date", "datetime-local", "month", "week", "time", "color", "file", "range");

    private AccessibleName() {}

    /** The accessible name of {@code e}, whitespace collapsed and trimmed; empty when it has none. */
    static String of(Element e) {
        return collapse(compute(e, Collections.newSetFromMap(new IdentityHashMap<>()), false, false));
    }

    /** Whether the element has a name that is more than whitespace. */
    static boolean hasName(Element e) {
        return !of(e).isEmpty();
    }

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Compiled once: a name is collapsed several times per element, on every element of a page. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

    /** The first known role token of the {@code role} attribute, or null. */
    static String explicitRole(Element e) {
        if (!e.hasAttr("role")) return null;
        for (String token : e.attr("role").strip().toLowerCase(Locale.ROOT).split("\\s+"))
            if (ROLES.contains(token)) return token;
        return null;
    }

    /**
     * The role the element has: its explicit role, unless that is {@code none}/{@code presentation} on a
     * focusable element or one with a global ARIA attribute (which browsers ignore), else its implicit role.
     * Returns null for elements without a role of interest.
     */
    static String role(Element e) {
        String explicit = explicitRole(e);
        if (explicit != null) {
            boolean presentational = explicit.equals("none") || explicit.equals("presentation");
            if (!presentational || !presentationIgnored(e)) return explicit;
        }
        return implicitRole(e);
    }

    /** Whether a presentational role on this element is ignored (it is focusable or has global ARIA). */
    static boolean presentationIgnored(Element e) {
        if (focusable(e)) return true;
        for (var a : e.attributes()) if (GLOBAL_ARIA.contains(a.getKey().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** The link role and its DPub subclasses. */
    static final Set<String> LINK_ROLES = Set.of("link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref");

    /** Natively focusable or given a tabindex, and not disabled. */
    static boolean focusable(Element e) {
        if (e.hasAttr("disabled") && Set.of("button", "input", "select", "textarea", "fieldset").contains(e.normalName()))
            return false;
        if (e.hasAttr("tabindex")) return true;
        return switch (e.normalName()) {
            case "a", "area" -> e.hasAttr("href");
            case "button", "select", "textarea", "iframe" -> true;
            case "input" -> !"hidden".equalsIgnoreCase(e.attr("type").strip());
            case "summary" -> isDetailsSummary(e);
            default -> e.hasAttr("contenteditable") && !"false".equalsIgnoreCase(e.attr("contenteditable"));
        };
    }

    /** Whether a {@code <summary>} is the summary of its {@code <details>}: its first summary child. */
    static boolean isDetailsSummary(Element e) {
        Element parent = e.parent();
        if (parent == null || !parent.normalName().equals("details")) return false;
        for (Element c : parent.children()) if (c.normalName().equals("summary")) return c == e;
        return false;
    }

    /** The implicit (HTML-AAM) role of the element, for the elements the name rules judge; else null. */
    static String implicitRole(Element e) {
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        return switch (e.normalName()) {
            case "a", "area" -> e.hasAttr("href") ? "link" : null;
            case "button" -> "button";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
            case "img" -> e.hasAttr("alt") && e.attr("alt").isEmpty() && !presentationIgnored(e) && !e.hasAttr("title")
                    ? "presentation" : "img";
            case "select" -> e.hasAttr("multiple") || size(e) > 1 ? "listbox" : "combobox";
            case "textarea" -> "textbox";
            case "summary" -> isDetailsSummary(e) ? "summary" : null;
            case "svg" -> "graphics-document";
            case "input" -> switch (type) {
                case "button", "submit", "reset", "image" -> "button";
                case "checkbox" -> "checkbox";
                case "radio" -> "radio";
                case "range" -> "slider";
                case "number" -> "spinbutton";
                case "hidden" -> null;
                case "search" -> e.hasAttr("list") ? "combobox" : "searchbox";
                default -> e.hasAttr("list") ? "combobox" : "textbox";
            };
            case "option" -> "option";
            case "li" -> "listitem";
            case "ul", "ol", "menu" -> "list";
            case "table" -> "table";
            case "td" -> "cell";
            case "th" -> "columnheader";
            case "tr" -> "row";
            case "nav" -> "navigation";
            case "main" -> "main";
            case "dialog" -> "dialog";
            case "fieldset", "details", "optgroup" -> "group";
            case "progress" -> "progressbar";
            case "meter" -> "meter";
            case "output" -> "status";
            case "p" -> "paragraph";
            case "math" -> "math";
            default -> null;
        };
    }

    private static int size(Element e) {
        try {
            return Integer.parseInt(e.attr("size").strip());
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    private static String compute(Element e, Set<Element> visited, boolean inLabelledBy, boolean recursing) {
        if (!visited.add(e)) return "";
        // Content referenced by aria-labelledby names even when hidden; elsewhere hidden content is skipped.
        if (recursing && !inLabelledBy && Hidden.isHidden(e)) return "";
        if (recursing && inLabelledBy && NEVER_NAMES.contains(e.normalName())) return "";
        if (!inLabelledBy) {
            String labelledBy = e.attr("aria-labelledby").strip();
            if (!labelledBy.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (String id : labelledBy.split("\\s+")) {
                    Element ref = byId(e, id);
                    if (ref != null) parts.add(compute(ref, visited, true, true));
                }
                String joined = collapse(String.join(" ", parts));
                if (!joined.isEmpty()) return joined;
            }
        }
        String role = role(e);
        if (recursing && isEmbeddedControl(e, role)) return controlValue(e, role);
        String label = e.attr("aria-label");
        if (!collapse(label).isEmpty()) return label;
        boolean presentational = "none".equals(role) || "presentation".equals(role);
        // A presentational element gives no name of its own (alt="x" role="none" names nothing).
        String nativeName = presentational ? "" : hostLanguage(e, role, visited);
        if (!collapse(nativeName).isEmpty()) return nativeName;
        if (recursing || role != null && NAME_FROM_CONTENT.contains(role) && !presentational) {
            String content = content(e, visited, inLabelledBy);
            if (!collapse(content).isEmpty()) return content;
        }
        if (presentational && !recursing) return "";
        String title = e.attr("title");
        if (!collapse(title).isEmpty() && !inSvg(e)) return title;
        return "";
    }

    private static boolean isEmbeddedControl(Element e, String role) {
        if (role == null) return false;
        return switch (role) {
            case "textbox", "searchbox", "combobox", "listbox", "slider", "spinbutton" -> true;
            default -> false;
        };
    }

    private static String controlValue(Element e, String role) {
        switch (e.normalName()) {
            case "input":
                if (role.equals("slider") || role.equals("spinbutton")) break;
                return e.attr("value");
            case "textarea":
                return e.wholeText();
            case "select":
                Element selected = e.selectFirst("option[selected]");
                if (selected == null && !e.hasAttr("multiple")) selected = e.selectFirst("option");
                return selected == null ? "" : selected.text();
            default:
                break;
        }
        if (role.equals("slider") || role.equals("spinbutton")) {
            if (e.hasAttr("aria-valuetext")) return e.attr("aria-valuetext");
            if (e.hasAttr("aria-valuenow")) return e.attr("aria-valuenow");
            return e.attr("value");
        }
        if (role.equals("combobox") || role.equals("listbox")) {
            Element selected = e.selectFirst("[aria-selected=true]");
            return selected == null ? "" : selected.text();
        }
        return e.text();
    }

    /** The name HTML itself gives the element (HTML-AAM), before content and title. */
    private static String hostLanguage(Element e, String role, Set<Element> visited) {
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        switch (e.normalName()) {
            case "img", "area":
                return e.attr("alt");
            case "input":
                if (type.equals("image")) return e.attr("alt");
                if (Set.of("button", "submit", "reset").contains(type)) {
                    if (e.hasAttr("value")) return e.attr("value");
                    return type.equals("submit") ? "Submit" : type.equals("reset") ? "Reset" : "";
                }
                String labels = labels(e, visited);
                if (!collapse(labels).isEmpty()) return labels;
                if (TEXT_INPUTS.contains(type) && collapse(e.attr("title")).isEmpty()) return e.attr("placeholder");
                return "";
            case "select", "textarea", "meter", "output", "progress", "button":
                String l = labels(e, visited);
                if (!collapse(l).isEmpty()) return l;
                if (e.normalName().equals("textarea") && collapse(e.attr("title")).isEmpty()) return e.attr("placeholder");
                return "";
            case "fieldset":
                return childText(e, "legend", visited);
            case "figure":
                return childText(e, "figcaption", visited);
            case "table":
                return childText(e, "caption", visited);
            case "svg":
                return svgTitle(e);
            case "iframe", "frame", "object", "embed":
                return "";
            default:
                return inSvg(e) ? svgTitle(e) : "";
        }
    }

    /** Whether the element is SVG content: an {@code <svg>} or inside one. */
    static boolean inSvg(Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p.normalName().equals("svg")) return true;
        return false;
    }

    private static String svgTitle(Element e) {
        for (Element c : e.children()) if (c.normalName().equals("title")) return c.text();
        return "";
    }

    private static String childText(Element e, String child, Set<Element> visited) {
        for (Element c : e.children())
            if (c.normalName().equals(child)) return compute(c, visited, false, true);
        return "";
    }

    /** The text of the {@code <label>} elements of a labelable control: by {@code for}, and the wrapping one. */
    private static String labels(Element e, Set<Element> visited) {
        List<Element> labels = new ArrayList<>();
        String id = e.id();
        Element root = rootOf(e);
        if (!id.isEmpty())
            for (Element l : root.getElementsByTag("label")) if (id.equals(l.attr("for"))) labels.add(l);
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("label")) {
                if ((!p.hasAttr("for") || p.attr("for").equals(id)) && !labels.contains(p)) labels.add(p);
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        // A hidden label still names its control (HTML-AAM), so it is read like a labelledby reference.
        for (Element l : labels) parts.add(compute(l, visited, Hidden.isHidden(l), true));
        return String.join(" ", parts);
    }

    private static String content(Element e, Set<Element> visited, boolean inLabelledBy) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element c) {
                boolean block = BLOCKS.contains(c.normalName());
                if (block) sb.append(' ');
                sb.append(compute(c, visited, inLabelledBy, true));
                if (block) sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static Element rootOf(Element e) {
        Element root = e;
        while (root.parent() != null) root = root.parent();
        return root;
    }

    /** The element with this id in the same tree, or null. */
    static Element byId(Element from, String id) {
        if (id.isEmpty()) return null;
        for (Element c : rootOf(from).getAllElements()) if (id.equals(c.id())) return c;
        return null;
    }
}
