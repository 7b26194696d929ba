package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.rule.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads the {@code disclaimers:} setting, or the built-in topics when the config gives none. */
public final class Disclaimers {
    static final String KEY = "disclaimers";
    private static final String DEFAULTS = "dev/contentlint/rules/disclaimer/disclaimers.yml";
    private static final Set<String> TOPIC_KEYS = Set.of("id", "when", "accept", "text");
    private static final Set<String> WHEN_KEYS = Set.of("paths", "front-matter", "keywords", "min-keyword-hits");
    private static final Set<String> ACCEPT_KEYS = Set.of("headings", "phrases");

    /** The setting last parsed and its topics: a run reads one config, so one entry is enough. */
    private record Parsed(Object setting, List<DisclaimerTopic> topics) {}

    private static volatile Parsed last;
    private static volatile List<DisclaimerTopic> defaults;

    private Disclaimers() {}

    /** The topics in force for this run, parsed once per setting object. */
    public static List<DisclaimerTopic> of(RuleContext context) {
        Object setting = context.setting(KEY);
        if (setting == null) return defaults();
        Parsed p = last;
        if (p != null && p.setting() == setting) return p.topics();
        List<DisclaimerTopic> topics = parse(setting);
        last = new Parsed(setting, topics);
        return topics;
    }

    /** The built-in medical, financial and legal topics. */
    public static List<DisclaimerTopic> defaults() {
        List<DisclaimerTopic> d = defaults;
        if (d != null) return d;
        try (InputStream in = Disclaimers.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULTS);
            Object yaml = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            d = parse(((Map<?, ?>) yaml).get(KEY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defaults = d;
        return d;
    }

    /** Parses and validates the setting; a mistake is a {@link ConfigException} saying what to change. */
    public static List<DisclaimerTopic> parse(Object setting) {
        if (!(setting instanceof List<?> list))
            throw error("must be a list of topics, each with an id, when, accept and an optional text");
        List<DisclaimerTopic> topics = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "entry " + (i + 1);
            Map<?, ?> entry = map(list.get(i), where);
            checkKeys(entry, TOPIC_KEYS, where);
            Object id = entry.get("id");
            if (!(id instanceof String s) || s.isBlank()) throw error(where + " needs an 'id' (a topic name such as medical)");
            where = "'" + id + "'";
            if (!ids.add((String) id)) throw error(where + " is listed twice; give each topic its own id");
            Map<?, ?> when = entry.get("when") == null ? Map.of() : map(entry.get("when"), where + ".when");
            checkKeys(when, WHEN_KEYS, where + ".when");
            Map<?, ?> accept = entry.get("accept") == null ? Map.of() : map(entry.get("accept"), where + ".accept");
            checkKeys(accept, ACCEPT_KEYS, where + ".accept");
            List<Glob> paths = new ArrayList<>();
            for (String g : strings(when.get("paths"), where + ".when.paths")) paths.add(Glob.compile(g));
            Map<String, List<String>> fm = frontMatter(when.get("front-matter"), where + ".when.front-matter");
            List<String> keywords = strings(when.get("keywords"), where + ".when.keywords");
            Object hits = when.get("min-keyword-hits");
            int minHits = 1;
            if (hits != null) {
                if (!(hits instanceof Number n) || n.intValue() < 1)
                    throw error(where + ".when.min-keyword-hits must be a whole number of at least 1, not " + hits);
                minHits = n.intValue();
            }
            if (paths.isEmpty() && fm.isEmpty() && keywords.isEmpty())
                throw error(where + ".when needs paths, front-matter or keywords, or the topic never applies");
            List<String> headings = strings(accept.get("headings"), where + ".accept.headings");
            List<String> phrases = strings(accept.get("phrases"), where + ".accept.phrases");
            if (headings.isEmpty() && phrases.isEmpty())
                throw error(where + ".accept needs headings or phrases, or no page can satisfy the topic");
            Object text = entry.get("text");
            if (text != null && !(text instanceof String)) throw error(where + ".text must be a string");
            topics.add(new DisclaimerTopic((String) id, paths, fm, keywords, minHits, headings, phrases,
                    text == null || ((String) text).isBlank() ? null : ((String) text).strip()));
        }
        return List.copyOf(topics);
    }

    private static Map<String, List<String>> frontMatter(Object value, String where) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (value == null) return out;
        if (value instanceof List<?>) {
            for (String key : strings(value, where)) out.put(key, List.of());
            return out;
        }
        for (Map.Entry<?, ?> e : map(value, where).entrySet())
            out.put(String.valueOf(e.getKey()), e.getValue() == null ? List.of()
                    : e.getValue() instanceof List<?> ? strings(e.getValue(), where + "." + e.getKey())
                    : List.of(String.valueOf(e.getValue())));
        return out;
    }

    private static Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) return m;
        throw error(where + " must be a mapping, not " + describe(value));
    }

    private static List<String> strings(Object value, String where) {
        if (value == null) return List.of();
        if (value instanceof String s) return List.of(s);
        if (!(value instanceof List<?> list)) throw error(where + " must be a list of strings, not " + describe(value));
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || s.isBlank()) throw error(where + " must hold only non-empty strings");
            out.add(s.strip());
        }
        return out;
    }

    private static void checkKeys(Map<?, ?> map, Set<String> known, String where) {
        for (Object key : map.keySet())
            if (!known.contains(String.valueOf(key)))
                throw error(where + " has an unknown key '" + key + "'; known keys are " + new java.util.TreeSet<>(known));
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static ConfigException error(String message) {
        return new ConfigException(null, 0, KEY, message + ".");
    }
}
