package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.config.Glob;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.core.rule.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The disclaimer topics in force: the {@code disclaimers:} setting, or the built-in medical, financial and
 * legal topics when the config gives none.
 *
 * @param topics the topics, in the order written
 */
public record Disclaimers(List<DisclaimerTopic> topics) {
    static final String KEY = "disclaimers";
    private static final String BUILT_IN_RESOURCE = "dev/contentlint/rules/disclaimer/disclaimers.yml";
    private static final Set<String> TOPIC_KEYS = Set.of("id", "when", "accept", "text");
    private static final Set<String> WHEN_KEYS = Set.of("paths", "front-matter", "keywords", "min-keyword-hits");
    private static final Set<String> ACCEPT_KEYS = Set.of("headings", "phrases");

    /** The built-in topics: immutable data shipped in the jar, read once. */
    public static final Disclaimers BUILT_IN = builtIn();

    /** The top-level {@code disclaimers} setting the disclaimer rules read. */
    public static final SettingSpec<Disclaimers> SETTING = new SettingSpec<>(KEY, Disclaimers.class,
            (node, directory) -> parse(node), BUILT_IN);

    public Disclaimers {
        topics = List.copyOf(topics);
    }

    private static Disclaimers builtIn() {
        try (InputStream in = Disclaimers.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            YamlNode root = YamlNode.parse(yaml, Path.of(BUILT_IN_RESOURCE)).orElseThrow(
                    () -> new IllegalStateException(BUILT_IN_RESOURCE + " is empty"));
            return parse(root.entries("a map").get(KEY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates the setting; a mistake is a {@link ConfigException} at its line saying what to change. */
    public static Disclaimers parse(YamlNode setting) {
        if (!setting.isList())
            throw error(setting, "must be a list of topics, each with an id, when, accept and an optional text");
        List<DisclaimerTopic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> entries = setting.items();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode item = entries.get(i);
            String where = "entry " + (i + 1);
            Map<String, YamlNode> entry = map(item, where);
            checkKeys(entry, TOPIC_KEYS, where);
            YamlNode idNode = entry.get("id");
            if (idNode == null || !idNode.isScalar() || idNode.text().isBlank())
                throw error(idNode == null ? item : idNode, where + " needs an 'id' (a topic name such as medical)");
            String id = idNode.text();
            where = "'" + id + "'";
            if (!ids.add(id)) throw error(idNode, where + " is listed twice; give each topic its own id");
            Map<String, YamlNode> when = optionalMap(entry.get("when"), where + ".when");
            checkKeys(when, WHEN_KEYS, where + ".when");
            Map<String, YamlNode> accept = optionalMap(entry.get("accept"), where + ".accept");
            checkKeys(accept, ACCEPT_KEYS, where + ".accept");
            List<Glob> paths = new ArrayList<>();
            YamlNode pathsNode = when.get("paths");
            for (String g : strings(pathsNode, where + ".when.paths")) {
                try {
                    paths.add(Glob.compile(g));
                } catch (IllegalArgumentException e) {
                    throw error(pathsNode, where + ".when.paths has a bad glob: " + e.getMessage());
                }
            }
            Map<String, List<String>> fm = frontMatter(when.get("front-matter"), where + ".when.front-matter");
            List<String> keywords = strings(when.get("keywords"), where + ".when.keywords");
            YamlNode hits = when.get("min-keyword-hits");
            int minHits = 1;
            if (hits != null && !hits.isNull()) {
                String text = hits.isScalar() ? hits.text().trim() : "";
                if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1)
                    throw error(hits, where + ".when.min-keyword-hits must be a whole number of at least 1, not "
                            + describe(hits));
                minHits = Integer.parseInt(text);
            }
            if (paths.isEmpty() && fm.isEmpty() && keywords.isEmpty())
                throw error(item, where + ".when needs paths, front-matter or keywords, or the topic never applies");
            List<String> headings = strings(accept.get("headings"), where + ".accept.headings");
            List<String> phrases = strings(accept.get("phrases"), where + ".accept.phrases");
            if (headings.isEmpty() && phrases.isEmpty())
                throw error(item, where + ".accept needs headings or phrases, or no page can satisfy the topic");
            YamlNode textNode = entry.get("text");
            String text = null;
            if (textNode != null && !textNode.isNull()) {
                if (!textNode.isScalar()) throw error(textNode, where + ".text must be a string");
                text = textNode.text().isBlank() ? null : textNode.text().strip();
            }
            topics.add(new DisclaimerTopic(id, paths, fm, keywords, minHits, headings, phrases, text));
        }
        return new Disclaimers(topics);
    }

    private static Map<String, List<String>> frontMatter(YamlNode value, String where) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (value == null || value.isNull()) return out;
        if (value.isList()) {
            for (String key : strings(value, where)) out.put(key, List.of());
            return out;
        }
        for (Map.Entry<String, YamlNode> e : map(value, where).entrySet()) {
            YamlNode v = e.getValue();
            out.put(e.getKey(), v.isNull() ? List.of()
                    : v.isList() ? strings(v, where + "." + e.getKey())
                    : v.isScalar() ? List.of(v.text())
                    : List.of(v.toJava().toString()));
        }
        return out;
    }

    private static Map<String, YamlNode> optionalMap(YamlNode value, String where) {
        return value == null || value.isNull() ? Map.of() : map(value, where);
    }

    private static Map<String, YamlNode> map(YamlNode value, String where) {
        if (value.isMap()) return value.entries("a mapping");
        throw error(value, where + " must be a mapping, not " + describe(value));
    }

    private static List<String> strings(YamlNode value, String where) {
        if (value == null || value.isNull()) return List.of();
        if (value.isScalar()) return List.of(value.text());
        if (!value.isList()) throw error(value, where + " must be a list of strings, not " + describe(value));
        List<String> out = new ArrayList<>();
        for (YamlNode item : value.items()) {
            if (!item.isScalar() || item.text().isBlank()) throw error(item, where + " must hold only non-empty strings");
            out.add(item.text().strip());
        }
        return out;
    }

    private static void checkKeys(Map<String, YamlNode> map, Set<String> known, String where) {
        for (var e : map.entrySet())
            if (!known.contains(e.getKey()))
                throw error(e.getValue().key(), where + " has an unknown key '" + e.getKey() + "'; known keys are "
                        + new TreeSet<>(known));
    }

    private static String describe(YamlNode value) {
        return value.isScalar() ? "\"" + value.text() + "\"" : value.describe();
    }

    private static ConfigException error(YamlNode node, String message) {
        return node.at(KEY).error(message + ".");
    }
}
