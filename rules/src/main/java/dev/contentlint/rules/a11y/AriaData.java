package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * WAI-ARIA 1.2 roles, states and properties, and the implicit roles of HTML elements (HTML-AAM),
 * loaded from the data files next to this class, with the role and attribute questions rules ask.
 */
public final class AriaData {
    /**
     * One ARIA role.
     *
     * @param name                   the role token
     * @param isAbstract             abstract roles are never valid in a {@code role} attribute
     * @param context                required context roles (empty when none)
     * @param owned                  required owned elements; {@code group>x} is a group owning {@code x}
     * @param required               required states and properties
     * @param supported              supported states and properties other than the global ones
     * @param prohibited             prohibited states and properties
     * @param presentationalChildren whether the role's children are presentational
     */
    public record Role(String name, boolean isAbstract, Set<String> context, List<String> owned,
            Set<String> required, Set<String> supported, Set<String> prohibited, boolean presentationalChildren) {}

    /**
     * One ARIA state or property.
     *
     * @param name   the attribute name
     * @param type   the value type: true-false, tristate, idref, integer, token, ...
     * @param values the allowed tokens of token and tokens types, lower case
     * @param global whether every role supports it
     */
    public record Attribute(String name, String type, Set<String> values, boolean global) {
        private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
        private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

        /** Whether a non-blank value is valid for this attribute's value type. */
        public boolean accepts(String raw) {
            String v = raw.strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "true-false" -> v.equals("true") || v.equals("false");
                case "true-false-undefined" -> v.equals("true") || v.equals("false") || v.equals("undefined");
                case "tristate" -> v.equals("true") || v.equals("false") || v.equals("mixed") || v.equals("undefined");
                case "idref" -> !v.isEmpty() && v.chars().noneMatch(Character::isWhitespace);
                case "integer" -> INTEGER.matcher(v).matches();
                case "number" -> NUMBER.matcher(v).matches();
                case "token" -> values.contains(v);
                case "tokens" -> List.of(v.split("\\s+")).stream().allMatch(values::contains);
                default -> true;
            };
        }

        /** What the value type allows, for messages. */
        public String expected() {
            return switch (type) {
                case "true-false" -> "true or false";
                case "true-false-undefined" -> "true, false or undefined";
                case "tristate" -> "true, false, mixed or undefined";
                case "idref" -> "one id";
                case "integer" -> "an integer";
                case "number" -> "a number";
                case "token" -> "one of " + String.join(", ", values);
                case "tokens" -> "a space-separated list of " + String.join(", ", values);
                default -> "a string";
            };
        }
    }

    private static final AriaData INSTANCE = new AriaData();
    private static final Set<String> PRESENTATIONAL = Set.of("none", "presentation");
    /** ARIA 1.3 attributes that do not turn a presentational role back into the implicit one. */
    private static final Set<String> NOT_CONFLICTING = Set.of("aria-hidden", "aria-braillelabel", "aria-brailleroledescription");

    private final Map<String, Role> roles;
    private final Map<String, Attribute> attributes;
    /** Implicit-role selectors by the element name they select, in file order. */
    private final Map<String, List<Map.Entry<Evaluator, String>>> implicitRoles;

    private AriaData() {
        roles = loadRoles();
        attributes = loadAttributes();
        implicitRoles = loadImplicitRoles();
    }

    /** The data, loaded once. */
    public static AriaData get() {
        return INSTANCE;
    }

    /** The role of that name (lower case), or null when ARIA defines none. */
    public Role role(String name) {
        return name == null ? null : roles.get(name);
    }

    /** Every role of the data, abstract ones included. */
    public java.util.Collection<Role> roles() {
        return roles.values();
    }

    /** The state or property of that name (lower case), or null when ARIA defines none. */
    public Attribute attribute(String name) {
        return attributes.get(name);
    }

    /** Whether a token names a role that may be used in a {@code role} attribute. */
    public boolean isConcreteRole(String token) {
        Role r = roles.get(token.toLowerCase(Locale.ROOT));
        return r != null && !r.isAbstract();
    }

    /** The first concrete role of an element's {@code role} attribute, or null when there is none. */
    public String explicitRole(Element e) {
        if (!e.hasAttr("role")) return null;
        for (String token : e.attr("role").strip().toLowerCase(Locale.ROOT).split("\\s+"))
            if (!token.isEmpty() && isConcreteRole(token)) return token;
        return null;
    }

    /**
     * The role an HTML element has without a {@code role} attribute, or null when HTML-AAM gives it none
     * (and for SVG shapes, MathML and custom elements).
     */
    public String implicitRole(Element e) {
        String marker = implicitMarker(e);
        if (marker == null || marker.equals("-") || marker.equals("-textbox")) return null;
        return switch (marker) {
            case "-section" -> hasAuthorName(e) ? "region" : "generic";
            case "-cell" -> cellRole(e, false);
            case "-header" -> cellRole(e, true);
            default -> marker;
        };
    }

    private String implicitMarker(Element e) {
        for (Map.Entry<Evaluator, String> m : implicitRoles.getOrDefault(e.normalName(), List.of()))
            if (e.is(m.getKey())) return m.getValue();
        return null;
    }

    /**
     * The element's semantic role: its explicit role, unless that is none or presentation and the
     * element is focusable or has a global ARIA attribute (then browsers ignore it), else its implicit role.
     */
    public String role(Element e) {
        String explicit = explicitRole(e);
        if (explicit != null && !(PRESENTATIONAL.contains(explicit) && presentationConflict(e))) return explicit;
        return implicitRole(e);
    }

    /** The role whose states and properties apply to the element (ARIA in HTML adds some inputs without a role). */
    public String attributeRole(Element e) {
        String r = role(e);
        if (r == null && explicitRole(e) == null && "-textbox".equals(implicitMarker(e))) return "textbox";
        return r;
    }

    /** Whether a role of none or presentation would be ignored on this element. */
    public boolean presentationConflict(Element e) {
        return Focusable.isFocusable(e) || !globalAttributes(e).isEmpty();
    }

    /** The global ARIA attributes (other than aria-hidden) the element sets with a non-blank value. */
    public List<String> globalAttributes(Element e) {
        List<String> found = new ArrayList<>();
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            Attribute def = attributes.get(name);
            if (def != null && def.global() && !NOT_CONFLICTING.contains(name) && !a.getValue().isBlank()) found.add(name);
        }
        return found;
    }

    /** Whether the element has a name from aria-label, aria-labelledby or title. */
    private static boolean hasAuthorName(Element e) {
        return !e.attr("aria-label").isBlank() || !e.attr("aria-labelledby").isBlank() || !e.attr("title").isBlank();
    }

    /** td and th: the table's role decides cell or gridcell; a th in a row holding data cells heads that row. */
    private String cellRole(Element cell, boolean header) {
        Element table = enclosingTable(cell);
        String tableRole = table == null ? null : role(table);
        if (tableRole == null || PRESENTATIONAL.contains(tableRole)) return null;
        boolean grid = tableRole.equals("grid") || tableRole.equals("treegrid");
        if (!header) return grid ? "gridcell" : "cell";
        String scope = cell.attr("scope").strip().toLowerCase(Locale.ROOT);
        if (scope.equals("row") || scope.equals("rowgroup")) return "rowheader";
        if (scope.equals("col") || scope.equals("colgroup")) return "columnheader";
        Element row = cell.parent();
        if (row != null && row.parent() != null && row.parent().normalName().equals("thead")) return "columnheader";
        if (row != null && row.children().stream().anyMatch(c -> c.normalName().equals("td"))) return "rowheader";
        return "columnheader";
    }

    /** The nearest {@code table} at or around a cell; a parent walk, since {@code closest(String)} parses its query each call. */
    private static Element enclosingTable(Element cell) {
        for (Element p = cell; p != null; p = p.parent()) if (p.normalName().equals("table")) return p;
        return null;
    }

    /**
     * Whether the element is out of the accessibility tree as far as its source shows; see {@link Hidden}, which
     * the name rules use too, so every accessibility rule reads "hidden" the same way.
     */
    public static boolean excluded(Element e) {
        return Hidden.isHidden(e);
    }

    /** Whether an inline style hides the element from rendering. */
    static boolean hidingStyle(Element e) {
        return Hidden.styleHides(e.attr("style"));
    }

    /** The {@code aria-*} attributes of an element, names lower case. */
    static List<org.jsoup.nodes.Attribute> ariaAttributes(Element e) {
        List<org.jsoup.nodes.Attribute> out = new ArrayList<>();
        for (org.jsoup.nodes.Attribute a : e.attributes())
            if (a.getKey().regionMatches(true, 0, "aria-", 0, 5)) out.add(a);
        return out;
    }

    /**
     * The elements of the document's HTML view, or none when the document cannot hold elements these
     * rules judge: plain text, and Markdown without raw HTML (so its HTML view is never built for nothing;
     * what Markdown syntax renders has no ARIA, ids or form fields).
     */
    public static List<Element> elements(Document doc) {
        if (doc.format() == Format.TEXT) return List.of();
        if (doc.format() == Format.MARKDOWN && !hasRawHtml(doc)) return List.of();
        return HtmlView.allElements(doc);
    }

    /** Whether a Markdown document embeds raw HTML; HTML documents always do. */
    public static boolean hasRawHtml(Document doc) {
        if (doc.format() == Format.HTML) return true;
        if (doc.markdown() == null) return false;
        return doc.derived(AriaData.class, d -> {
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(d.markdown());
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) return true;
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) stack.push(c);
            }
            return false;
        });
    }

    // ---- loading

    private static List<String> lines(String resource) {
        try (InputStream in = AriaData.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Role> loadRoles() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        for (String line : lines("aria-roles.txt")) {
            String[] parts = line.strip().split("\\s+");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 0) fields.put(parts[i], "");
                else fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            raw.put(parts[0], fields);
        }
        Map<String, Role> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> e : raw.entrySet()) {
            Map<String, String> f = e.getValue();
            Map<String, String> like = f.containsKey("like") ? raw.get(f.get("like")) : Map.of();
            if (like == null) throw new IllegalStateException("aria-roles.txt: unknown role in like=" + f.get("like"));
            out.put(e.getKey(), new Role(e.getKey(), f.containsKey("abstract"), set(f.get("context")),
                    List.copyOf(set(f.get("owned"))), set(f.getOrDefault("required", like.get("required"))),
                    set(f.getOrDefault("supported", like.get("supported"))), set(f.get("prohibited")),
                    f.containsKey("presentational-children")));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> set(String commaList) {
        if (commaList == null || commaList.isEmpty()) return Set.of();
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(commaList.split(","))));
    }

    private static Map<String, Attribute> loadAttributes() {
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (String line : lines("aria-attributes.txt")) {
            String[] parts = line.strip().split("\\s+");
            String type = parts[1];
            Set<String> values = Set.of();
            int colon = type.indexOf(':');
            if (colon >= 0) {
                values = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(type.substring(colon + 1).split("\\|"))));
                type = type.substring(0, colon);
            }
            boolean global = parts.length > 2 && parts[2].equals("global");
            out.put(parts[0], new Attribute(parts[0], type, values, global));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<Map.Entry<Evaluator, String>>> loadImplicitRoles() {
        Map<String, List<Map.Entry<Evaluator, String>>> out = new LinkedHashMap<>();
        for (String line : lines("html-aam-roles.tsv")) {
            int tab = line.indexOf('\t');
            String selector = line.substring(0, tab);
            Map.Entry<Evaluator, String> entry = Map.entry(QueryParser.parse(selector), line.substring(tab + 1).strip());
            // Each selector group ends in the element name it selects, which indexes the entry.
            Set<String> names = new LinkedHashSet<>();
            for (String group : selector.split(",")) {
                String[] steps = group.strip().split("\\s+");
                names.add(steps[steps.length - 1].replaceAll("[^a-z0-9].*", ""));
            }
            for (String name : names) out.computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
        }
        return Collections.unmodifiableMap(out);
    }
}
