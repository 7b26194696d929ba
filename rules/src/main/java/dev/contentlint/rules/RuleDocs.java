package dev.contentlint.rules;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Renders the documentation page of each rule from its metadata and its side-car prose file
 * ({@code rules/src/main/docs/<family>/<name>.md}, on the class path under {@link #SIDE_CAR_BASE}),
 * and the index of all rules. {@code main} writes the pages to {@code docs/rules}.
 */
public final class RuleDocs {
    /** Class path folder holding side-car prose files as {@code <family>/<name>.md}. */
    public static final String SIDE_CAR_BASE = "dev/contentlint/rules/docs/";

    /** The headings a side-car may have, in this order; all but {@link #OPTIONAL} are required. */
    public static final List<String> SECTIONS = List.of("Why", "Incorrect", "Correct", "Measured precision", "Options");
    /** Side-car headings a rule may leave out: a figure exists only for rules measured on outside documentation. */
    public static final java.util.Set<String> OPTIONAL = java.util.Set.of("Measured precision");

    private static final Pattern FENCE = Pattern.compile("\\s*(`{3,}|~{3,})\\s*([\\w-]*)\\s*");

    private final RuleRegistry registry;
    private final Map<String, List<String>> presetsByRule;

    public RuleDocs(RuleRegistry registry) {
        this.registry = registry;
        this.presetsByRule = presetsByRule(registry);
    }

    /** Docs of the built-in rules only, as the committed pages hold them. */
    public static RuleDocs builtIn() {
        return new RuleDocs(new RuleRegistry(List.of(new BuiltInRules())));
    }

    /**
     * Writes every page and the index below {@code args[0]} (default {@code docs/rules}), for the rules on
     * the class path: with contentlint-languagetool there, the whole catalogue.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/rules");
        for (var page : new RuleDocs(RuleRegistry.load()).pages().entrySet()) {
            Path file = dir.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue());
        }
    }

    /**
     * A code example from a side-car.
     *
     * @param language the fence's info string: {@code markdown}, {@code html} or {@code text}
     * @param code     the example document
     */
    public record Example(String language, String code) {
        /** A file name whose extension selects the example's format. */
        public String fileName() {
            return switch (language) {
                case "html" -> "example.html";
                case "text" -> "example.txt";
                default -> "example.md";
            };
        }
    }

    /** Every page by its path below {@code docs/rules}: {@code <family>/<name>.md}, plus {@code README.md}. */
    public Map<String, String> pages() {
        Map<String, String> out = new TreeMap<>();
        for (String id : registry.ids())
            out.put(id + ".md", "<!-- Generated from the rule's metadata and " + sideCarSource(id) + id
                    + ".md; edit those and regenerate (see docs/rules/README.md). -->\n" + page(id));
        out.put("README.md", index());
        return out;
    }

    /** The source folder of a rule's side-car in this repository: the rules module's, or the LanguageTool module's. */
    private String sideCarSource(String id) {
        return BuiltInRules.RULES.contains(registry.rule(id).getClass()) ? "rules/src/main/docs/"
                : "rules-languagetool/src/main/docs/";
    }

    /** The Markdown page of one rule, as {@code contentlint rules ID} prints it. */
    public String page(String id) {
        RuleMeta meta = registry.meta(id);
        if (meta == null) throw new IllegalArgumentException("unknown rule '" + id + "'");
        Map<String, String> sideCar = sideCar(meta.id()).orElse(Map.of());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(meta.id()).append("\n\n");
        md.append(meta.summary()).append(".\n\n");
        md.append("| Default severity | Category | WCAG | Presets | Status |\n|---|---|---|---|---|\n");
        md.append("| ").append(meta.severity().id())
                .append(" | ").append(meta.category().name().toLowerCase(Locale.ROOT))
                .append(" | ").append(meta.wcag().isEmpty() ? "—" : String.join(", ", meta.wcag()))
                .append(" | ").append(presets(meta.id()).isEmpty() ? "—" : String.join(", ", presets(meta.id())))
                .append(" | ").append(meta.status().name().toLowerCase(Locale.ROOT)).append(" |\n");
        if (!meta.aliases().isEmpty()) md.append("\nFormer ids: ").append(String.join(", ", meta.aliases())).append(".\n");
        for (String section : SECTIONS) {
            String body = sideCar.getOrDefault(section, "").strip();
            if (section.equals("Options")) {
                md.append("\n## Options\n\n");
                if (!body.isEmpty()) md.append(body).append("\n\n");
                md.append(optionsTable(meta));
            } else if (!body.isEmpty()) {
                md.append("\n## ").append(section).append("\n\n").append(body).append('\n');
            }
        }
        return md.toString();
    }

    /** The index page: every rule with its summary, severity, category and presets. */
    public String index() {
        StringBuilder md = new StringBuilder("<!-- Generated by dev.contentlint.rules.RuleDocs; do not edit. -->\n");
        md.append("# Rules\n\n");
        md.append("Every built-in rule, by id. Each page says why the rule exists, shows a document it reports and one\n")
                .append("it accepts, says how often its findings were right on documentation written by others where that\n")
                .append("was measured, and lists its options. Enable rules and set options in `.contentlint.yml`\n")
                .append("(see [configuration](../configuration.md)).\n\n");
        md.append("| Rule | Summary | Default severity | Category | Presets |\n|---|---|---|---|---|\n");
        for (RuleMeta meta : registry.metas()) {
            List<String> presets = presets(meta.id());
            md.append("| [").append(meta.id()).append("](").append(meta.id()).append(".md) | ").append(meta.summary())
                    .append(" | ").append(meta.severity().id())
                    .append(" | ").append(meta.category().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(presets.isEmpty() ? "—" : String.join(", ", presets)).append(" |\n");
        }
        md.append("\nThese pages are generated from each rule's metadata and its prose in `rules/src/main/docs/`\n")
                .append("(grammar and spelling: `rules-languagetool/src/main/docs/`). After changing either, refresh them with\n\n")
                .append("```sh\nmvn -q -o -pl rules-languagetool -am test -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dcontentlint.updateDocs=true\n```\n\n")
                .append("A test fails while the committed pages differ from the generated ones.\n");
        return md.toString();
    }

    /** The presets that enable a rule, sorted. */
    public List<String> presets(String id) {
        return presetsByRule.getOrDefault(id, List.of());
    }

    /** The side-car's sections by heading ({@code Why}, {@code Incorrect}, ...), if the rule has a side-car. */
    public Optional<Map<String, String>> sideCar(String id) {
        Rule rule = registry.rule(id);
        ClassLoader loader = rule == null ? RuleDocs.class.getClassLoader() : rule.getClass().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SIDE_CAR_BASE + id + ".md")) {
            if (in == null) return Optional.empty();
            return Optional.of(sections(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first fenced example in a side-car section ({@code Incorrect} or {@code Correct}). */
    public Optional<Example> example(String id, String section) {
        String body = sideCar(id).map(s -> s.get(section)).orElse(null);
        if (body == null) return Optional.empty();
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) continue;
            StringBuilder code = new StringBuilder();
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).strip().equals(open.group(1))) return Optional.of(new Example(open.group(2), code.toString()));
                code.append(lines.get(j)).append('\n');
            }
        }
        return Optional.empty();
    }

    /** Splits Markdown into {@code ## } sections, ignoring headings inside fenced code. */
    static Map<String, String> sections(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        String fence = null;
        for (String line : markdown.lines().toList()) {
            String t = line.strip();
            Matcher open = FENCE.matcher(t);
            if (fence == null && open.matches()) fence = open.group(1);
            else if (fence != null && t.equals(fence)) fence = null;
            else if (fence == null && line.startsWith("## ")) {
                if (current != null) out.put(current, body.toString());
                current = line.substring(3).strip();
                body.setLength(0);
                continue;
            }
            body.append(line).append('\n');
        }
        if (current != null) out.put(current, body.toString());
        return out;
    }

    private String optionsTable(RuleMeta meta) {
        if (meta.options().isEmpty()) return "This rule has no options.\n";
        StringBuilder md = new StringBuilder("| Option | Type | Default | Description |\n|---|---|---|---|\n");
        Class<?> type = RuleMeta.optionsType(registry.rule(meta.id()).getClass());
        for (RuleMeta.OptionMeta o : meta.options()) {
            md.append("| `").append(o.key()).append("` | ").append(typeName(component(type, o.component())))
                    .append(" | `").append(o.defaultValue()).append("` | ").append(o.description()).append(" |\n");
        }
        return md.toString();
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent rc : record.getRecordComponents()) if (rc.getName().equals(name)) return rc;
        throw new IllegalArgumentException(record.getName() + " has no component " + name);
    }

    /** A reader's name for an option's type. */
    static String typeName(RecordComponent rc) {
        return typeName(rc.getGenericType());
    }

    private static String typeName(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class)
            return "list of " + typeName(p.getActualTypeArguments()[0]) + "s";
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) return "map";
        if (t == int.class || t == long.class || t == Integer.class || t == Long.class) return "integer";
        if (t == double.class || t == Double.class) return "number";
        if (t == boolean.class || t == Boolean.class) return "boolean";
        if (t == String.class) return "string";
        if (t instanceof Class<?> c && c.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object e : c.getEnumConstants()) names.add(((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return "one of " + String.join(", ", names);
        }
        if (t instanceof Class<?> c) return c.getSimpleName().toLowerCase(Locale.ROOT);
        return t.getTypeName();
    }

    /** Which presets enable each rule, following each preset's {@code extends}. */
    private static Map<String, List<String>> presetsByRule(RuleRegistry registry) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (String preset : registry.presets().keySet())
            for (String id : enabledBy(registry, preset, new ArrayList<>()))
                out.computeIfAbsent(registry.resolve(id).orElse(id), k -> new TreeSet<>()).add(preset);
        Map<String, List<String>> lists = new TreeMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }

    private static List<String> enabledBy(RuleRegistry registry, String preset, List<String> seen) {
        String resource = registry.presets().get(preset);
        if (resource == null || seen.contains(preset)) return List.of();
        seen.add(preset);
        Map<?, ?> yaml;
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset " + preset + " is missing: " + resource);
            yaml = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<String> enabled = new TreeSet<>();
        Object ext = yaml.get("extends");
        for (Object parent : ext instanceof List<?> l ? l : ext == null ? List.of() : List.of(ext))
            enabled.addAll(enabledBy(registry, parent.toString(), seen));
        if (yaml.get("rules") instanceof Map<?, ?> rules) {
            rules.forEach((k, v) -> {
                Object severity = v instanceof Map<?, ?> m ? m.get("severity") : v;
                boolean off = Boolean.FALSE.equals(severity) || severity != null && "off".equalsIgnoreCase(severity.toString());
                if (off) enabled.remove(k.toString());
                else enabled.add(k.toString());
            });
        }
        return List.copyOf(enabled);
    }
}
