package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static dev.contentlint.core.config.YamlNodes.describe;
import static dev.contentlint.core.config.YamlNodes.entries;
import static dev.contentlint.core.config.YamlNodes.isNull;
import static dev.contentlint.core.config.YamlNodes.join;
import static dev.contentlint.core.config.YamlNodes.line;

import dev.contentlint.core.rule.EditDistance;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads one config file's YAML into a {@link ConfigLayer}, rejecting anything it does not understand. */
final class LayerParser {
    /** The keys this parser reads itself; {@link ConfigLoader#KNOWN_SETTINGS} are kept for later features. */
    static final List<String> CORE_KEYS = List.of("root", "extends", "language", "today", "max-file-size", "files",
            "rules", "overrides");

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?B?)", Pattern.CASE_INSENSITIVE);
    private static final String SEVERITIES = "error, warning, info, on or off";

    private final RuleRegistry registry;

    LayerParser(RuleRegistry registry) {
        this.registry = registry;
    }

    ConfigLayer parse(String yaml, Path file) {
        Optional<Node> root = YamlNodes.parse(yaml, file);
        Map<String, NodeTuple> top = root.isEmpty() ? Map.of()
                : entries(root.get(), file, "", "a map of settings at the top level");
        if (top == null) top = Map.of();

        boolean isRoot = false;
        List<ConfigLayer.Extends> ext = List.of();
        String language = null;
        LocalDate today = null;
        Long maxFileSize = null;
        List<String> include = null;
        List<String> exclude = null;
        Map<String, RuleEntry> rules = Map.of();
        List<ConfigLayer.OverrideEntry> overrides = List.of();
        Map<String, ConfigLayer.Setting> settings = new LinkedHashMap<>();

        for (var e : top.entrySet()) {
            String key = e.getKey();
            Node value = e.getValue().getValueNode();
            if (isNull(value) && !key.equals("rules")) continue;
            switch (key) {
                case "root" -> isRoot = bool(value, file, key);
                case "extends" -> ext = extendsList(value, file);
                case "language" -> language = language(value, file);
                case "today" -> today = date(value, file, key);
                case "max-file-size" -> maxFileSize = size(value, file);
                case "files" -> {
                    Map<String, NodeTuple> files = entries(value, file, key, "a map with include and exclude");
                    for (var f : files.entrySet()) {
                        String k = join(key, f.getKey());
                        Node v = f.getValue().getValueNode();
                        switch (f.getKey()) {
                            case "include" -> include = globs(v, file, k);
                            case "exclude" -> exclude = globs(v, file, k);
                            default -> throw unknownKey(f.getValue(), file, k, f.getKey(), List.of("include", "exclude"));
                        }
                    }
                }
                case "rules" -> rules = rules(value, file, key);
                case "overrides" -> overrides = overrides(value, file);
                default -> {
                    if (!ConfigLoader.KNOWN_SETTINGS.contains(key) && !registry.definers().containsKey(key)) {
                        List<String> known = new ArrayList<>(CORE_KEYS);
                        known.addAll(ConfigLoader.KNOWN_SETTINGS);
                        known.addAll(registry.definers().keySet());
                        throw unknownKey(e.getValue(), file, key, key, known);
                    }
                    settings.put(key, new ConfigLayer.Setting(key, value, file, line(e.getValue().getKeyNode())));
                }
            }
        }
        return new ConfigLayer(file, isRoot, ext, language, today, maxFileSize, include, exclude, rules, overrides,
                settings);
    }

    /**
     * What must be known of a file before its rules can be checked: what it extends and the settings that
     * define rules, in the order written.
     */
    record Head(List<ConfigLayer.Extends> extendsList, List<ConfigLayer.Setting> definitions) {}

    Head head(String yaml, Path file) {
        Optional<Node> root = YamlNodes.parse(yaml, file);
        Map<String, NodeTuple> top = root.isEmpty() ? null
                : entries(root.get(), file, "", "a map of settings at the top level");
        if (top == null) return new Head(List.of(), List.of());
        List<ConfigLayer.Extends> ext = List.of();
        List<ConfigLayer.Setting> definitions = new ArrayList<>();
        for (var e : top.entrySet()) {
            Node value = e.getValue().getValueNode();
            if (isNull(value)) continue;
            if (e.getKey().equals("extends")) ext = extendsList(value, file);
            else if (registry.definers().containsKey(e.getKey()))
                definitions.add(new ConfigLayer.Setting(e.getKey(), value, file, line(e.getValue().getKeyNode())));
        }
        return new Head(ext, definitions);
    }

    private static ConfigException unknownKey(NodeTuple t, Path file, String keyPath, String key, List<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.between(key, k);
            if (d < bestD) { bestD = d; best = k; }
        }
        String hint = best != null && bestD <= Math.max(2, key.length() / 3)
                ? "did you mean '" + best + "'?"
                : "known keys: " + String.join(", ", known);
        return new ConfigException(file, line(t.getKeyNode()), keyPath, "unknown key '" + key + "'; " + hint);
    }

    private static boolean bool(Node node, Path file, String keyPath) {
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        throw new ConfigException(file, line(node), keyPath, "expected true or false, got " + describe(node));
    }

    private static List<ConfigLayer.Extends> extendsList(Node node, Path file) {
        List<ConfigLayer.Extends> out = new ArrayList<>();
        if (node instanceof ScalarNode s) {
            out.add(new ConfigLayer.Extends(YamlNodes.string(s, file, "extends"), line(s), "extends"));
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                String k = "extends[" + i + "]";
                out.add(new ConfigLayer.Extends(YamlNodes.string(item, file, k), line(item), k));
            }
        } else {
            throw new ConfigException(file, line(node), "extends",
                    "expected a preset name or a path, or a list of them, got " + describe(node));
        }
        return List.copyOf(out);
    }

    private static String language(Node node, Path file) {
        String s = YamlNodes.string(node, file, "language");
        if (!LANGUAGE.matcher(s).matches())
            throw new ConfigException(file, line(node), "language",
                    "expected a language tag such as en-US or de, got '" + s + "'");
        return s;
    }

    static LocalDate date(Node node, Path file, String keyPath) {
        String s = node instanceof ScalarNode sc ? sc.getValue() : null;
        if (s != null && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                // falls through to the message below: the shape is right but the day does not exist
            }
        }
        throw new ConfigException(file, line(node), keyPath,
                "expected a date as YYYY-MM-DD, got " + describe(node));
    }

    private static long size(Node node, Path file) {
        String s = node instanceof ScalarNode sc ? sc.getValue().trim() : "";
        Matcher m = SIZE.matcher(s);
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2).toUpperCase(Locale.ROOT);
                long factor = unit.startsWith("K") ? 1024L : unit.startsWith("M") ? 1024L * 1024
                        : unit.startsWith("G") ? 1024L * 1024 * 1024 : 1;
                long bytes = Math.multiplyExact(n, factor);
                if (bytes > 0) return bytes;
            } catch (ArithmeticException | NumberFormatException e) {
                // too large: reported below with the rest
            }
        }
        throw new ConfigException(file, line(node), "max-file-size",
                "expected a size in bytes or with a KB, MB or GB suffix (e.g. 10MB), got " + describe(node));
    }

    private static List<String> globs(Node node, Path file, String keyPath) {
        List<String> globs = YamlNodes.strings(node, file, keyPath);
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (int i = 0; i < globs.size(); i++) {
            try {
                Glob.compile(globs.get(i));
            } catch (IllegalArgumentException e) {
                String k = node instanceof SequenceNode ? keyPath + "[" + i + "]" : keyPath;
                throw new ConfigException(file, line(items.get(i)), k, "bad glob: " + e.getMessage());
            }
        }
        return globs;
    }

    private Map<String, RuleEntry> rules(Node node, Path file, String keyPath) {
        Map<String, NodeTuple> rules = entries(node, file, keyPath, "a map of rule ids to settings");
        if (rules == null) return Map.of();
        Map<String, RuleEntry> out = new LinkedHashMap<>();
        for (var e : rules.entrySet()) {
            RuleEntry entry = rule(e.getKey(), e.getValue(), file, join(keyPath, e.getKey()));
            RuleEntry earlier = out.put(entry.id(), entry);
            if (earlier != null)
                throw new ConfigException(file, entry.line(), entry.keyPath(), "'" + e.getKey() + "' names the same rule as "
                        + earlier.keyPath() + " on line " + earlier.line() + "; keep one");
        }
        return out;
    }

    private RuleEntry rule(String written, NodeTuple t, Path file, String keyPath) {
        int keyLine = line(t.getKeyNode());
        String id = registry.resolve(written).orElseThrow(() -> new ConfigException(file, keyLine, keyPath,
                "unknown rule '" + written + "'" + registry.closest(written)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse("; `contentlint rules` lists the rule ids")));
        RuleMeta meta = registry.meta(id);
        Node value = t.getValueNode();
        if (isNull(value)) return new RuleEntry(id, false, null, Map.of(), file, keyLine, keyPath);
        if (value instanceof ScalarNode s) {
            Switch sw = severity(s, file, keyPath);
            return new RuleEntry(id, sw.off, sw.severity, Map.of(), file, keyLine, keyPath);
        }
        if (value instanceof SequenceNode)
            throw new ConfigException(file, line(value), keyPath, "expected " + SEVERITIES
                    + ", or a map of severity and options, got a list");
        Map<String, NodeTuple> map = entries(value, file, keyPath, "a map");
        Switch sw = new Switch(false, null);
        Map<String, OptionValue> options = new LinkedHashMap<>();
        List<String> known = meta.options().stream().map(RuleMeta.OptionMeta::key).collect(Collectors.toList());
        for (var o : map.entrySet()) {
            String k = o.getKey();
            String optPath = keyPath + "." + k;
            Node v = o.getValue().getValueNode();
            if (k.equals("severity")) {
                sw = severity(v, file, optPath);
            } else if (known.contains(k)) {
                options.put(k, new OptionValue(v, file, line(v), optPath));
            } else {
                int l = line(o.getValue().getKeyNode());
                String msg = "unknown option '" + k + "' for " + id + "; ";
                if (known.isEmpty()) msg += id + " has no options, only severity";
                else msg += "known: " + String.join(", ", known) + ", severity";
                if (k.equals("enabled")) msg += " (use severity: off to turn a rule off)";
                throw new ConfigException(file, l, optPath, msg);
            }
        }
        return new RuleEntry(id, sw.off, sw.severity, options, file, keyLine, keyPath);
    }

    private record Switch(boolean off, Severity severity) {}

    private static Switch severity(Node node, Path file, String keyPath) {
        if (node instanceof ScalarNode s && !isNull(s)) {
            String v = s.getValue().trim().toLowerCase(Locale.ROOT);
            if (Tag.BOOL.equals(s.getTag())) return new Switch(v.equals("false"), null);
            if (v.equals("off")) return new Switch(true, null);
            if (v.equals("on")) return new Switch(false, null);
            Optional<Severity> sev = Severity.parse(v);
            if (sev.isPresent()) return new Switch(false, sev.get());
        }
        throw new ConfigException(file, line(node), keyPath, "expected " + SEVERITIES + ", got " + describe(node));
    }

    private List<ConfigLayer.OverrideEntry> overrides(Node node, Path file) {
        if (!(node instanceof SequenceNode seq))
            throw new ConfigException(file, line(node), "overrides",
                    "expected a list of {files, rules} entries, got " + describe(node));
        List<ConfigLayer.OverrideEntry> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String base = "overrides[" + i + "]";
            Map<String, NodeTuple> map = entries(item, file, base, "a map with files and rules");
            if (map == null)
                throw new ConfigException(file, line(item), base, "expected a map with files and rules, got nothing");
            List<String> files = null;
            List<String> excluded = List.of();
            Map<String, RuleEntry> rules = Map.of();
            for (var e : map.entrySet()) {
                String k = base + "." + e.getKey();
                Node v = e.getValue().getValueNode();
                switch (e.getKey()) {
                    case "files" -> files = globs(v, file, k);
                    case "excluded-files", "excludedFiles" -> excluded = globs(v, file, k);
                    case "rules" -> rules = rules(v, file, k);
                    default -> throw unknownKey(e.getValue(), file, k, e.getKey(),
                            List.of("files", "excluded-files", "rules"));
                }
            }
            if (files == null || files.isEmpty())
                throw new ConfigException(file, line(item), base, "an override needs 'files': the globs it applies to");
            out.add(new ConfigLayer.OverrideEntry(files, excluded, rules, file, line(item)));
        }
        return List.copyOf(out);
    }
}
