package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/autocomplete-valid", summary = "Autocomplete attributes should use valid tokens that fit the field",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "1.3.5", act = "73f2c2")
public final class AutocompleteValidRule implements Rule {
    /** Input types autocomplete does not describe the purpose of. */
    private static final Set<String> NOT_APPLICABLE =
            Set.of("hidden", "button", "submit", "reset", "image", "checkbox", "radio", "file", "color", "range");
    private static final Set<String> CONTACT = Set.of("home", "work", "mobile", "fax", "pager");

    /**
     * Autofill field names (HTML Living Standard, "Autofill", the table of field names) by control
     * group; each group lists the input types it fits besides text, search, textarea and select.
     */
    private static final Map<String, String> GROUP = new HashMap<>();
    private static final Map<String, Set<String>> GROUP_TYPES = Map.of(
            "text", Set.of(),
            "multiline", Set.of(),
            "password", Set.of("password"),
            "username", Set.of("email"),
            "url", Set.of("url"),
            "email", Set.of("email"),
            "tel", Set.of("tel"),
            "numeric", Set.of("number"),
            "month", Set.of("month"),
            "date", Set.of("date"));

    static {
        for (String f : List.of("name", "honorific-prefix", "given-name", "additional-name", "family-name",
                "honorific-suffix", "nickname", "organization-title", "organization", "address-line1", "address-line2",
                "address-line3", "address-level4", "address-level3", "address-level2", "address-level1", "country",
                "country-name", "postal-code", "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name",
                "cc-number", "cc-csc", "cc-type", "transaction-currency", "language", "sex"))
            GROUP.put(f, "text");
        GROUP.put("street-address", "multiline");
        GROUP.put("username", "username");
        for (String f : List.of("new-password", "current-password", "one-time-code")) GROUP.put(f, "password");
        GROUP.put("cc-exp", "month");
        for (String f : List.of("cc-exp-month", "cc-exp-year", "transaction-amount", "bday-day", "bday-month", "bday-year"))
            GROUP.put(f, "numeric");
        GROUP.put("bday", "date");
        for (String f : List.of("url", "photo")) GROUP.put(f, "url");
    }

    /** Field names that may follow home, work, mobile, fax or pager. */
    private static final Map<String, String> CONTACT_FIELDS = Map.ofEntries(
            Map.entry("tel", "tel"), Map.entry("tel-country-code", "tel"), Map.entry("tel-national", "tel"),
            Map.entry("tel-area-code", "tel"), Map.entry("tel-local", "tel"), Map.entry("tel-local-prefix", "tel"),
            Map.entry("tel-local-suffix", "tel"), Map.entry("tel-extension", "tel"), Map.entry("email", "email"),
            Map.entry("impp", "url"));

    @Override
    public void check(Document document, RuleContext context) {
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).named("input", "select", "textarea")) {
            String name = e.normalName();
            if (!(name.equals("input") || name.equals("select") || name.equals("textarea")) || !e.hasAttr("autocomplete")) continue;
            String value = e.attr("autocomplete").strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.equals("on") || value.equals("off")) continue;
            String type = name.equals("input") ? e.attr("type").strip().toLowerCase(Locale.ROOT) : name;
            if (NOT_APPLICABLE.contains(type) || Focusable.disabled(e) || AriaData.excluded(e)
                    || "true".equalsIgnoreCase(e.attr("aria-disabled").strip())) continue;
            String problem = problem(value.split("\\s+"), type);
            if (problem != null)
                context.report(e, "autocomplete=\"" + e.attr("autocomplete").strip() + "\" is not valid: " + problem + ".");
        }
    }

    /** What is wrong with the tokens, or null when they are a valid autofill detail for this control. */
    static String problem(String[] tokens, String type) {
        int i = 0;
        if (i < tokens.length && tokens[i].startsWith("section-")) i++;
        if (i < tokens.length && (tokens[i].equals("shipping") || tokens[i].equals("billing"))) i++;
        String contact = null;
        if (i < tokens.length && CONTACT.contains(tokens[i])) contact = tokens[i++];
        if (i >= tokens.length) return "it names no field; add a field name such as \"email\" or \"street-address\"";
        String field = tokens[i++];
        String group = CONTACT_FIELDS.get(field);
        if (group == null) {
            group = GROUP.get(field);
            if (group == null)
                return "\"" + field + "\" is " + (known(field) ? "out of order" : "not an autofill field name")
                        + "; use the order [section-*] [shipping|billing] [home|work|mobile|fax|pager] field [webauthn]";
            if (contact != null) return "\"" + contact + "\" only goes with phone numbers, email and impp, not \"" + field + "\"";
        }
        if (i < tokens.length && tokens[i].equals("webauthn")) i++;
        if (i < tokens.length) return "\"" + tokens[i] + "\" cannot follow the field name \"" + field + "\"";
        boolean fits = type.isEmpty() || Set.of("text", "search", "textarea", "select").contains(type)
                || GROUP_TYPES.get(group).contains(type) || !knownInputType(type);
        if (!fits) return "\"" + field + "\" does not describe an input of type " + type + "; fix the field name or the type";
        return null;
    }

    private static boolean known(String token) {
        return token.startsWith("section-") || token.equals("shipping") || token.equals("billing")
                || CONTACT.contains(token) || token.equals("webauthn") || GROUP.containsKey(token) || CONTACT_FIELDS.containsKey(token);
    }

    private static boolean knownInputType(String type) {
        return Set.of("email", "tel", "url", "number", "password", "date", "month", "week", "time", "datetime-local")
                .contains(type);
    }
}
