package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;

import dev.contentlint.core.rule.EditDistance;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.rule.YamlNode;
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

/** Reads one config file's YAML into a {@link ConfigLayer}, rejecting anything it does not understand. */
final class LayerParser {
    /** The keys this parser reads itself; rule providers declare the others ({@link RuleRegistry#settings()}). */
    static final List<String> CORE_KEYS = List.of("root", "extends", "language", "today", "max-file-size", "files",
            "rules", "overrides");

    /** The {@code extends} value that starts a config from no preset at all. */
    static final String NONE = "none";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?B?)", Pattern.CASE_INSENSITIVE);
    private static final String SEVERITIES = "error, warning, info, on or off";

    private final RuleRegistry registry;

    LayerParser(RuleRegistry registry) {
        this.registry = registry;
    }

    ConfigLayer parse(String yaml, Path file) {
        Map<String, YamlNode> top = YamlNode.parse(yaml, file)
                .map(root -> root.entries("a map of settings at the top level")).orElse(Map.of());

        boolean isRoot = false;
        List<ConfigLayer.Extends> ext = List.of();
        String language = null;
        LocalDate today = null;
        Long maxFileSize = null;
        List<String> include = null;
        List<String> exclude = null;
        FormatMap formats = null;
        Map<String, RuleEntry> rules = Map.of();
        List<ConfigLayer.OverrideEntry> overrides = List.of();
        Map<String, ConfigLayer.Setting> settings = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();

        for (var e : top.entrySet()) {
            String key = e.getKey();
            YamlNode value = e.getValue();
            if (value.isNull() && !key.equals("rules")) continue;
            lines.put(key, value.key().line());
            switch (key) {
                case "root" -> isRoot = value.bool();
                case "extends" -> ext = extendsList(value);
                case "language" -> language = language(value);
                case "today" -> today = date(value);
                case "max-file-size" -> maxFileSize = size(value);
                case "files" -> {
                    for (var f : value.entries("a map with include, exclude and formats").entrySet()) {
                        YamlNode v = f.getValue();
                        lines.put("files." + f.getKey(), v.key().line());
                        switch (f.getKey()) {
                            case "include" -> include = globs(v);
                            case "exclude" -> exclude = globs(v);
                            case "formats" -> formats = formats(v);
                            default -> throw unknownKey(v, f.getKey(), List.of("include", "exclude", "formats"));
                        }
                    }
                }
                case "rules" -> rules = rules(value);
                case "overrides" -> overrides = overrides(value);
                default -> {
                    // A setting of a separate artifact that is missing is kept unread: its rules cannot run
                    // without the artifact, and turning one on is the error that names it.
                    if (!registry.settings().containsKey(key) && !registry.definers().containsKey(key)
                            && registry.absentSetting(key).isEmpty()) {
                        List<String> known = new ArrayList<>(CORE_KEYS);
                        known.addAll(registry.settings().keySet());
                        known.addAll(registry.definers().keySet());
                        throw unknownKey(value, key, known);
                    }
                    settings.put(key, new ConfigLayer.Setting(key, value, file, value.key().line()));
                }
            }
        }
        return new ConfigLayer(file, isRoot, ext, language, today, maxFileSize, include, exclude, formats, rules,
                overrides, settings, lines);
    }

    /**
     * What must be known of a file before its rules can be checked: what it extends and the settings that
     * define rules, in the order written.
     */
    record Head(boolean extendsWritten, List<ConfigLayer.Extends> extendsList, List<ConfigLayer.Setting> definitions) {}

    Head head(String yaml, Path file) {
        Map<String, YamlNode> top = YamlNode.parse(yaml, file)
                .map(root -> root.entries("a map of settings at the top level")).orElse(Map.of());
        List<ConfigLayer.Extends> ext = List.of();
        boolean extendsWritten = false;
        List<ConfigLayer.Setting> definitions = new ArrayList<>();
        for (var e : top.entrySet()) {
            YamlNode value = e.getValue();
            if (value.isNull()) continue;
            if (e.getKey().equals("extends")) {
                ext = extendsList(value);
                extendsWritten = true;
            }
            else if (registry.definers().containsKey(e.getKey()))
                definitions.add(new ConfigLayer.Setting(e.getKey(), value, file, value.key().line()));
        }
        return new Head(extendsWritten, ext, definitions);
    }

    private static ConfigException unknownKey(YamlNode value, String key, List<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.between(key, k);
            if (d < bestD) { bestD = d; best = k; }
        }
        String hint = best != null && bestD <= Math.max(2, key.length() / 3)
                ? "did you mean '" + best + "'?"
                : "known keys: " + String.join(", ", known);
        return value.key().error("unknown key " + ConfigException.quote(key) + "; " + hint);
    }

    private static List<ConfigLayer.Extends> extendsList(YamlNode node) {
        if (!node.isScalar() && !node.isList())
            throw node.error("expected a preset name or a path, or a list of them, got " + node.describe());
        // "none" says in words what [] says: start from nothing rather than from the default preset.
        if (node.isScalar() && node.text().trim().equals(NONE)) return List.of();
        List<ConfigLayer.Extends> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            if (item.text().trim().equals(NONE))
                throw item.error("'none' means extend nothing, so it cannot be listed with other targets;"
                        + " write 'extends: none' alone, or remove it from the list");
            out.add(new ConfigLayer.Extends(item.text(), item.line(), item.keyPath()));
        }
        return List.copyOf(out);
    }

    private static String language(YamlNode node) {
        String s = node.text();
        if (!LANGUAGE.matcher(s).matches())
            throw node.error("expected a language tag such as en-US or de, got " + ConfigException.quote(s));
        return s;
    }

    static LocalDate date(YamlNode node) {
        String s = node.isScalar() ? node.text() : null;
        if (s != null && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                // falls through to the message below: the shape is right but the day does not exist
            }
        }
        throw node.error("expected a date as YYYY-MM-DD, got " + node.describe());
    }

    private static long size(YamlNode node) {
        String s = node.isScalar() ? node.text().trim() : "";
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
        throw node.error("expected a size in bytes or with a KB, MB or GB suffix (e.g. 10MB), got " + node.describe());
    }

    private static List<String> globs(YamlNode node) {
        List<String> globs = node.texts();
        List<YamlNode> items = node.items();
        for (int i = 0; i < globs.size(); i++) {
            try {
                Glob.compile(globs.get(i));
            } catch (IllegalArgumentException e) {
                throw items.get(i).error("bad glob: " + e.getMessage());
            }
        }
        return globs;
    }

    /** {@code files.formats}: glob to markdown, html or text, in the order written. */
    private static FormatMap formats(YamlNode node) {
        Map<String, dev.contentlint.core.document.Format> out = new LinkedHashMap<>();
        for (var e : node.entries("a map of globs to a format (markdown, html or text)").entrySet()) {
            YamlNode v = e.getValue();
            try {
                Glob.compile(e.getKey());
            } catch (IllegalArgumentException x) {
                throw v.error("bad glob '" + e.getKey() + "': " + x.getMessage());
            }
            String name = v.isNull() ? "" : v.text();
            out.put(e.getKey(), FormatMap.named(name).orElseThrow(() -> v.error("'" + name + "' is not a format;"
                    + " write markdown, html or text")));
        }
        return new FormatMap(out);
    }

    private Map<String, RuleEntry> rules(YamlNode node) {
        Map<String, RuleEntry> out = new LinkedHashMap<>();
        for (var e : node.entries("a map of rule ids to settings").entrySet()) {
            RuleEntry entry = rule(e.getKey(), e.getValue());
            RuleEntry earlier = out.put(entry.id(), entry);
            if (earlier != null)
                throw new ConfigException(entry.file(), entry.line(), entry.keyPath(), "'" + e.getKey()
                        + "' names the same rule as " + earlier.keyPath() + " on line " + earlier.line() + "; keep one");
        }
        return out;
    }

    private RuleEntry rule(String written, YamlNode value) {
        Path file = value.file();
        String keyPath = value.keyPath();
        int keyLine = value.key().line();
        boolean absent = registry.resolve(written).isEmpty() && registry.absentRule(written).isPresent();
        String id = absent ? written : registry.resolve(written).orElseThrow(() -> value.key().error(
                "unknown rule " + ConfigException.quote(written) + registry.closest(written)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse("; `contentlint rules` lists the rule ids")));
        // The options of a rule whose artifact is missing cannot be checked; the entry only says on or off.
        List<String> known = absent ? null
                : registry.meta(id).options().stream().map(RuleMeta.OptionMeta::key).collect(Collectors.toList());
        if (value.isNull()) return new RuleEntry(id, false, null, Map.of(), file, keyLine, keyPath);
        if (value.isScalar()) {
            Switch sw = severity(value);
            return new RuleEntry(id, sw.off, sw.severity, Map.of(), file, keyLine, keyPath);
        }
        if (value.isList())
            throw value.error("expected " + SEVERITIES + ", or a map of severity and options, got a list");
        Switch sw = new Switch(false, null);
        int severityLine = keyLine;
        Map<String, OptionValue> options = new LinkedHashMap<>();
        for (var o : value.entries("a map").entrySet()) {
            String k = o.getKey();
            YamlNode v = o.getValue();
            if (k.equals("severity")) {
                sw = severity(v);
                severityLine = v.key().line();
            } else if (known == null || known.contains(k)) {
                options.put(k, new OptionValue(v, file, v.line(), v.keyPath()));
            } else {
                String msg = "unknown option '" + k + "' for " + id + "; ";
                if (known.isEmpty()) msg += id + " has no options, only severity";
                else msg += "known: " + String.join(", ", known) + ", severity";
                if (k.equals("enabled")) msg += " (use severity: off to turn a rule off)";
                throw v.key().error(msg);
            }
        }
        return new RuleEntry(id, sw.off, sw.severity, options, file, keyLine, keyPath, severityLine);
    }

    private record Switch(boolean off, Severity severity) {}

    private static Switch severity(YamlNode node) {
        if (node.isScalar()) {
            String v = node.text().trim().toLowerCase(Locale.ROOT);
            if (node.isBoolean()) return new Switch(v.equals("false"), null);
            if (v.equals("off")) return new Switch(true, null);
            if (v.equals("on")) return new Switch(false, null);
            Optional<Severity> sev = Severity.parse(v);
            if (sev.isPresent()) return new Switch(false, sev.get());
        }
        throw node.error("expected " + SEVERITIES + ", got " + node.describe());
    }

    private List<ConfigLayer.OverrideEntry> overrides(YamlNode node) {
        if (!node.isList())
            throw node.error("expected a list of {files, rules} entries, got " + node.describe());
        List<ConfigLayer.OverrideEntry> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            if (item.isNull()) throw item.error("expected a map with files and rules, got nothing");
            List<String> files = null;
            List<String> excluded = List.of();
            Map<String, RuleEntry> rules = Map.of();
            for (var e : item.entries("a map with files and rules").entrySet()) {
                YamlNode v = e.getValue();
                switch (e.getKey()) {
                    case "files" -> files = globs(v);
                    case "excluded-files", "excludedFiles" -> excluded = globs(v);
                    case "rules" -> rules = rules(v);
                    default -> throw unknownKey(v, e.getKey(), List.of("files", "excluded-files", "rules"));
                }
            }
            if (files == null || files.isEmpty())
                throw item.error("an override needs 'files': the globs it applies to");
            out.add(new ConfigLayer.OverrideEntry(files, excluded, rules, item.file(), item.line()));
        }
        return List.copyOf(out);
    }
}
