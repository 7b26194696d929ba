package dev.contentlint.rules.style;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.rule.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one style rule file ({@code docs/style-rules.md} describes the format), rejecting anything it
 * does not understand with the file, line and key.
 */
final class StyleFile {
    static final List<String> KEYS = List.of("extends", "message", "severity", "level", "summary", "link",
            "ignorecase", "tokens", "patterns", "exceptions", "swap", "scope");

    /** Scope names and the prose they cover; {@code text} is all prose. */
    static final Map<String, Set<ProseBlock.Kind>> SCOPES = scopes();

    private static final String NAME = "[a-z0-9]+(-[a-z0-9]+)*";

    private StyleFile() {}

    private static Map<String, Set<ProseBlock.Kind>> scopes() {
        Map<String, Set<ProseBlock.Kind>> m = new LinkedHashMap<>();
        m.put("text", EnumSet.allOf(ProseBlock.Kind.class));
        m.put("paragraph", EnumSet.of(ProseBlock.Kind.PARAGRAPH));
        m.put("heading", EnumSet.of(ProseBlock.Kind.HEADING));
        m.put("list", EnumSet.of(ProseBlock.Kind.LIST_ITEM));
        m.put("table", EnumSet.of(ProseBlock.Kind.TABLE_CELL));
        m.put("blockquote", EnumSet.of(ProseBlock.Kind.BLOCK_QUOTE));
        m.put("alt", EnumSet.of(ProseBlock.Kind.ALT_TEXT));
        m.put("footnote", EnumSet.of(ProseBlock.Kind.FOOTNOTE));
        m.put("definition", EnumSet.of(ProseBlock.Kind.DEFINITION_TERM, ProseBlock.Kind.DEFINITION));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The rule name a file gives: its name without {@code .yml}/{@code .yaml}. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Parses {@code yaml}, the text of {@code file}, into the definition of rule {@code style/<name>}. */
    static StyleDefinition parse(String yaml, Path file, String name) {
        if (!name.matches(NAME))
            throw new ConfigException(file, 0, null, ConfigException.quote(name) + " cannot name a rule: name style files in lower"
                    + " case with hyphens, e.g. " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "") + ".yml");
        YamlNode root = YamlNode.parse(yaml, file).orElseThrow(() -> new ConfigException(file, 0, null,
                "the style file is empty; it needs at least extends and message"));
        Map<String, YamlNode> map = root.entries("a map with extends, message and the rule's words");
        for (var e : map.entrySet()) {
            if (!KEYS.contains(e.getKey())) throw unknownKey(e.getValue().key(), e.getKey());
        }
        if (map.containsKey("severity") && map.containsKey("level"))
            throw error(map.get("level").key(), "level", "severity and level say the same; keep one");

        YamlNode ext = require(map, "extends", root);
        String kindText = ext.text();
        StyleDefinition.Kind kind = switch (kindText) {
            case "existence" -> StyleDefinition.Kind.EXISTENCE;
            case "substitution" -> StyleDefinition.Kind.SUBSTITUTION;
            default -> throw error(ext, "extends", "unsupported check type '" + kindText
                    + "'; use existence or substitution");
        };
        String message = require(map, "message", root).text();
        if (message.isBlank()) throw error(map.get("message"), "message", "the message is empty");

        Severity severity = Severity.WARNING;
        YamlNode sev = map.containsKey("severity") ? map.get("severity") : map.get("level");
        if (sev != null) {
            String key = map.containsKey("severity") ? "severity" : "level";
            String v = sev.at(key).text().trim().toLowerCase(Locale.ROOT);
            severity = v.equals("suggestion") ? Severity.INFO : Severity.parse(v).orElseThrow(() ->
                    error(sev, key, "expected error, warning, info or suggestion, got " + ConfigException.quote(v)));
        }
        String summary = optionalString(map, "summary");
        String link = optionalString(map, "link");
        if (link != null && !link.matches("https?://\\S+"))
            throw error(map.get("link"), "link", "expected an http or https address, got " + ConfigException.quote(link));
        boolean ignoreCase = map.containsKey("ignorecase") && map.get("ignorecase").at("ignorecase").bool();

        List<String> words = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        Map<String, List<String>> swap = new LinkedHashMap<>();
        Set<String> exceptions = new LinkedHashSet<>();
        StyleMatcher keys = new StyleMatcher(List.of(), List.of(), Map.of(), Set.of(), ignoreCase);
        if (kind == StyleDefinition.Kind.EXISTENCE) {
            if (map.containsKey("swap"))
                throw error(map.get("swap").key(), "swap", "swap belongs to substitution rules;"
                        + " an existence rule lists tokens or patterns");
            if (map.containsKey("tokens"))
                for (YamlNode t : strings(map.get("tokens"), "tokens")) words.add(word(t.text(), t, "tokens"));
            if (map.containsKey("patterns"))
                for (YamlNode p : strings(map.get("patterns"), "patterns"))
                    patterns.add(pattern(p.text(), p, ignoreCase));
            if (words.isEmpty() && patterns.isEmpty())
                throw error(root, "tokens", "an existence rule needs tokens (words and phrases) or patterns");
        } else {
            for (String k : List.of("tokens", "patterns"))
                if (map.containsKey(k))
                    throw error(map.get(k).key(), k, k + " belong to existence rules;"
                            + " a substitution rule lists what to replace under swap");
            YamlNode s = require(map, "swap", root);
            Map<String, YamlNode> entries = s.at("swap").entries("a map of what to replace to what to write instead");
            for (var e : entries.entrySet()) {
                String bad = word(e.getKey(), e.getValue().key(), "swap");
                String good = e.getValue().at("swap." + bad).text();
                List<String> alternatives = new ArrayList<>();
                for (String a : good.split("\\|")) if (!a.isBlank()) alternatives.add(a.trim());
                if (alternatives.isEmpty())
                    throw error(e.getValue(), "swap." + bad, "say what to write instead of " + ConfigException.quote(bad));
                if (swap.put(keys.key(bad), alternatives) != null)
                    throw error(e.getValue().key(), "swap." + bad, ConfigException.quote(bad) + " is listed twice"
                            + (ignoreCase ? " (ignoring case)" : "") + "; keep one");
                words.add(bad);
            }
            if (words.isEmpty()) throw error(s, "swap", "swap lists nothing to replace");
        }
        if (map.containsKey("exceptions"))
            for (YamlNode e : strings(map.get("exceptions"), "exceptions")) exceptions.add(keys.key(e.text()));
        Set<ProseBlock.Kind> scope = map.containsKey("scope") ? scope(map.get("scope"))
                : SCOPES.get("text");
        StyleMatcher matcher = new StyleMatcher(words, patterns, swap, exceptions, ignoreCase);
        return new StyleDefinition(name, kind, message, severity, summary, link, scope, matcher,
                file.toString().replace('\\', '/') + "\n" + yaml);
    }

    private static ConfigException unknownKey(YamlNode key, String written) {
        String hint = switch (written) {
            case "action", "nonword", "raw", "limit", "vocab", "append", "code", "description" ->
                    ConfigException.quote(written) + " is a Vale setting contentlint does not support";
            default -> {
                String best = null;
                int bestD = Integer.MAX_VALUE;
                for (String k : KEYS) {
                    int d = dev.contentlint.core.rule.EditDistance.between(written.toLowerCase(Locale.ROOT), k);
                    if (d < bestD) { bestD = d; best = k; }
                }
                yield bestD <= 2 ? "did you mean " + ConfigException.quote(best) + "?" : "unknown key " + ConfigException.quote(written);
            }
        };
        return error(key, written, hint + "; known keys: " + String.join(", ", KEYS));
    }

    private static YamlNode require(Map<String, YamlNode> map, String key, YamlNode root) {
        YamlNode t = map.get(key);
        if (t == null || t.isNull())
            throw error(t == null ? root : t.key(), key, "missing " + key + "; "
                    + switch (key) {
                        case "extends" -> "say existence or substitution";
                        case "message" -> "say what the finding tells the writer";
                        default -> "say what to replace and with what";
                    });
        return t.at(key);
    }

    private static String optionalString(Map<String, YamlNode> map, String key) {
        YamlNode t = map.get(key);
        return t == null || t.isNull() ? null : t.at(key).text().trim();
    }

    /** A config error about {@code node}, named by the style file's own key (not a path: the file is flat). */
    private static ConfigException error(YamlNode node, String key, String message) {
        return node.at(key).error(message);
    }

    /** A list of text items, each with its node; one text value counts as a list of one. */
    private static List<YamlNode> strings(YamlNode node, String key) {
        if (!node.isList() && !node.isScalar())
            throw error(node, key, "expected a list of text values, got " + node.describe());
        List<YamlNode> items = node.items();
        for (int i = 0; i < items.size(); i++) items.get(i).at(node.isList() ? key + "[" + i + "]" : key).text();
        return items;
    }

    private static String word(String w, YamlNode node, String key) {
        if (w.isBlank()) throw error(node, key, "an empty word matches nothing; remove it");
        return w.trim();
    }

    private static Pattern pattern(String regex, YamlNode node, boolean ignoreCase) {
        Pattern p;
        try {
            p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            String why = String.valueOf(e.getMessage()).replaceFirst("^error parsing regexp: ", "");
            if (regex.contains("(?=") || regex.contains("(?!") || regex.contains("(?<"))
                why += " (look-ahead and look-behind are not supported: patterns run on RE2, which guarantees linear time)";
            else if (regex.matches(".*\\\\[1-9].*"))
                why += " (back-references are not supported: patterns run on RE2, which guarantees linear time)";
            throw error(node, "patterns", "bad pattern " + ConfigException.quote(regex) + ": " + why);
        }
        if (p.matcher("").find())
            throw error(node, "patterns", "pattern " + ConfigException.quote(regex) + " matches empty text, so it would match everywhere;"
                    + " make it match at least one character");
        return p;
    }

    private static Set<ProseBlock.Kind> scope(YamlNode node) {
        Set<ProseBlock.Kind> included = EnumSet.noneOf(ProseBlock.Kind.class);
        Set<ProseBlock.Kind> excluded = EnumSet.noneOf(ProseBlock.Kind.class);
        boolean anyIncluded = false;
        for (YamlNode s : strings(node, "scope")) {
            String name = s.text().trim();
            boolean not = name.startsWith("~");
            Set<ProseBlock.Kind> kinds = SCOPES.get(not ? name.substring(1) : name);
            if (kinds == null)
                throw error(s, "scope", "unknown scope " + ConfigException.quote(name) + "; use "
                        + String.join(", ", SCOPES.keySet()) + ", or ~ before one to leave it out");
            if (not) {
                excluded.addAll(kinds);
            } else {
                included.addAll(kinds);
                anyIncluded = true;
            }
        }
        Set<ProseBlock.Kind> out = anyIncluded ? included : EnumSet.allOf(ProseBlock.Kind.class);
        out.removeAll(excluded);
        if (out.isEmpty()) throw error(node, "scope", "the scope leaves no prose to check");
        return out;
    }
}
