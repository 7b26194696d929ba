package dev.contentlint.core.rule;

import java.util.List;

/**
 * A rule's metadata as outputs and docs use it.
 *
 * @param options the rule's options in declaration order, possibly none
 * @param link    where the rule is documented when that is not the page derived from the id (a rule a
 *                config defines points at its author's page), or null
 */
public record RuleMeta(String id, String summary, Severity severity, Category category, List<String> wcag,
                       List<String> act, RuleStatus status, List<String> aliases, List<OptionMeta> options,
                       String link) {
    /** Where every rule's page lives; the page of a rule is {@code DOCS_BASE + id + ".md"}. */
    public static final String DOCS_BASE = "https://github.com/contentlint/contentlint/blob/main/docs/rules/";

    public RuleMeta {
        wcag = List.copyOf(wcag);
        act = List.copyOf(act);
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
    }

    /** Metadata documented at the page derived from the id. */
    public RuleMeta(String id, String summary, Severity severity, Category category, List<String> wcag,
                    List<String> act, RuleStatus status, List<String> aliases, List<OptionMeta> options) {
        this(id, summary, severity, category, wcag, act, status, aliases, options, null);
    }

    /** One option: config key, Java type, default (as YAML) and description. */
    public record OptionMeta(String key, String component, Class<?> type, String defaultValue, String description) {}

    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    public String name() {
        return id.substring(id.indexOf('/') + 1);
    }

    public String docsUrl() {
        return link != null ? link : DOCS_BASE + id + ".md";
    }

    /** Metadata of a rule object: its own for a {@link DefinedRule}, else from its class. */
    public static RuleMeta forRule(Rule rule) {
        return rule instanceof DefinedRule d ? d.meta() : of(rule.getClass());
    }

    /** Metadata of a rule class from its {@link RuleInfo} and nested {@code Options} record. */
    public static RuleMeta of(Class<? extends Rule> type) {
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) throw new IllegalArgumentException(type.getName() + " has no @RuleInfo");
        return new RuleMeta(info.id(), info.summary(), info.severity(), info.category(), List.of(info.wcag()),
                List.of(info.act()), info.status(), List.of(info.aliases()), optionsOf(type));
    }

    /** The nested {@code Options} record of a rule class, or null. */
    public static Class<?> optionsType(Class<?> ruleType) {
        for (Class<?> c : ruleType.getDeclaredClasses())
            if (c.getSimpleName().equals("Options") && c.isRecord()) return c;
        return null;
    }

    private static List<OptionMeta> optionsOf(Class<? extends Rule> type) {
        Class<?> opts = optionsType(type);
        if (opts == null) return List.of();
        var out = new java.util.ArrayList<OptionMeta>();
        for (var rc : opts.getRecordComponents()) {
            Option o = rc.getAnnotation(Option.class);
            out.add(new OptionMeta(kebab(rc.getName()), rc.getName(), rc.getType(),
                    o == null ? null : o.defaultValue(), o == null ? null : o.description()));
        }
        return out;
    }

    /** {@code maxAgeDays} → {@code max-age-days}. */
    public static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append('-').append(Character.toLowerCase(c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
