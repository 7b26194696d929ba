package dev.contentlint.rules.style;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

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
        StyleYaml y = new StyleYaml(file);
        if (!name.matches(NAME))
            throw new ConfigException(file, 0, null, "'" + name + "' cannot name a rule: name style files in lower"
                    + " case with hyphens, e.g. " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "") + ".yml");
        Node root = y.parse(yaml).orElseThrow(() -> new ConfigException(file, 0, null,
                "the style file is empty; it needs at least extends and message"));
        Map<String, NodeTuple> map = y.map(root, null, "a map with extends, message and the rule's words");
        for (var e : map.entrySet()) {
            if (!KEYS.contains(e.getKey())) throw unknownKey(y, e.getValue().getKeyNode(), e.getKey());
        }
        if (map.containsKey("severity") && map.containsKey("level"))
            throw y.error(map.get("level").getKeyNode(), "level", "severity and level say the same; keep one");

        NodeTuple ext = require(map, "extends", y, root);
        String kindText = y.string(ext.getValueNode(), "extends");
        StyleDefinition.Kind kind = switch (kindText) {
            case "existence" -> StyleDefinition.Kind.EXISTENCE;
            case "substitution" -> StyleDefinition.Kind.SUBSTITUTION;
            default -> throw y.error(ext.getValueNode(), "extends", "unsupported check type '" + kindText
                    + "'; use existence or substitution");
        };
        String message = y.string(require(map, "message", y, root).getValueNode(), "message");
        if (message.isBlank()) throw y.error(map.get("message").getValueNode(), "message", "the message is empty");

        Severity severity = Severity.WARNING;
        NodeTuple sev = map.containsKey("severity") ? map.get("severity") : map.get("level");
        if (sev != null) {
            String key = map.containsKey("severity") ? "severity" : "level";
            String v = y.string(sev.getValueNode(), key).trim().toLowerCase(Locale.ROOT);
            severity = v.equals("suggestion") ? Severity.INFO : Severity.parse(v).orElseThrow(() ->
                    y.error(sev.getValueNode(), key, "expected error, warning, info or suggestion, got '" + v + "'"));
        }
        String summary = optionalString(map, "summary", y);
        String link = optionalString(map, "link", y);
        if (link != null && !link.matches("https?://\\S+"))
            throw y.error(map.get("link").getValueNode(), "link", "expected an http or https address, got '" + link + "'");
        boolean ignoreCase = map.containsKey("ignorecase") && y.bool(map.get("ignorecase").getValueNode(), "ignorecase");

        List<String> words = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        Map<String, List<String>> swap = new LinkedHashMap<>();
        Set<String> exceptions = new LinkedHashSet<>();
        StyleMatcher keys = new StyleMatcher(List.of(), List.of(), Map.of(), Set.of(), ignoreCase);
        if (kind == StyleDefinition.Kind.EXISTENCE) {
            if (map.containsKey("swap"))
                throw y.error(map.get("swap").getKeyNode(), "swap", "swap belongs to substitution rules;"
                        + " an existence rule lists tokens or patterns");
            if (map.containsKey("tokens"))
                for (var t : y.strings(map.get("tokens").getValueNode(), "tokens")) words.add(word(t.getKey(), t.getValue(), "tokens", y));
            if (map.containsKey("patterns"))
                for (var p : y.strings(map.get("patterns").getValueNode(), "patterns"))
                    patterns.add(pattern(p.getKey(), p.getValue(), ignoreCase, y));
            if (words.isEmpty() && patterns.isEmpty())
                throw y.error(root, "tokens", "an existence rule needs tokens (words and phrases) or patterns");
        } else {
            for (String k : List.of("tokens", "patterns"))
                if (map.containsKey(k))
                    throw y.error(map.get(k).getKeyNode(), k, k + " belong to existence rules;"
                            + " a substitution rule lists what to replace under swap");
            NodeTuple s = require(map, "swap", y, root);
            Map<String, NodeTuple> entries = y.map(s.getValueNode(), "swap", "a map of what to replace to what to write instead");
            for (var e : entries.entrySet()) {
                String bad = word(e.getKey(), e.getValue().getKeyNode(), "swap", y);
                String good = y.string(e.getValue().getValueNode(), "swap." + bad);
                List<String> alternatives = new ArrayList<>();
                for (String a : good.split("\\|")) if (!a.isBlank()) alternatives.add(a.trim());
                if (alternatives.isEmpty())
                    throw y.error(e.getValue().getValueNode(), "swap." + bad, "say what to write instead of '" + bad + "'");
                if (swap.put(keys.key(bad), alternatives) != null)
                    throw y.error(e.getValue().getKeyNode(), "swap." + bad, "'" + bad + "' is listed twice"
                            + (ignoreCase ? " (ignoring case)" : "") + "; keep one");
                words.add(bad);
            }
            if (words.isEmpty()) throw y.error(s.getValueNode(), "swap", "swap lists nothing to replace");
        }
        if (map.containsKey("exceptions"))
            for (var e : y.strings(map.get("exceptions").getValueNode(), "exceptions")) exceptions.add(keys.key(e.getKey()));
        Set<ProseBlock.Kind> scope = map.containsKey("scope") ? scope(map.get("scope").getValueNode(), y)
                : SCOPES.get("text");
        StyleMatcher matcher = new StyleMatcher(words, patterns, swap, exceptions, ignoreCase);
        return new StyleDefinition(name, kind, message, severity, summary, link, scope, matcher,
                file.toString().replace('\\', '/') + "\n" + yaml);
    }

    private static ConfigException unknownKey(StyleYaml y, Node key, String written) {
        String hint = switch (written) {
            case "action", "nonword", "raw", "limit", "vocab", "append", "code", "description" ->
                    "'" + written + "' is a Vale setting contentlint does not support";
            default -> {
                String best = null;
                int bestD = Integer.MAX_VALUE;
                for (String k : KEYS) {
                    int d = dev.contentlint.core.rule.EditDistance.between(written.toLowerCase(Locale.ROOT), k);
                    if (d < bestD) { bestD = d; best = k; }
                }
                yield bestD <= 2 ? "did you mean '" + best + "'?" : "unknown key '" + written + "'";
            }
        };
        return y.error(key, written, hint + "; known keys: " + String.join(", ", KEYS));
    }

    private static NodeTuple require(Map<String, NodeTuple> map, String key, StyleYaml y, Node root) {
        NodeTuple t = map.get(key);
        if (t == null || StyleYaml.isNull(t.getValueNode()))
            throw y.error(t == null ? root : t.getKeyNode(), key, "missing " + key + "; "
                    + switch (key) {
                        case "extends" -> "say existence or substitution";
                        case "message" -> "say what the finding tells the writer";
                        default -> "say what to replace and with what";
                    });
        return t;
    }

    private static String optionalString(Map<String, NodeTuple> map, String key, StyleYaml y) {
        NodeTuple t = map.get(key);
        return t == null || StyleYaml.isNull(t.getValueNode()) ? null : y.string(t.getValueNode(), key).trim();
    }

    private static String word(String w, Node node, String key, StyleYaml y) {
        if (w.isBlank()) throw y.error(node, key, "an empty word matches nothing; remove it");
        return w.trim();
    }

    private static Pattern pattern(String regex, Node node, boolean ignoreCase, StyleYaml y) {
        Pattern p;
        try {
            p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            String why = String.valueOf(e.getMessage()).replaceFirst("^error parsing regexp: ", "");
            if (regex.contains("(?=") || regex.contains("(?!") || regex.contains("(?<"))
                why += " (look-ahead and look-behind are not supported: patterns run on RE2, which guarantees linear time)";
            else if (regex.matches(".*\\\\[1-9].*"))
                why += " (back-references are not supported: patterns run on RE2, which guarantees linear time)";
            throw y.error(node, "patterns", "bad pattern '" + regex + "': " + why);
        }
        if (p.matcher("").find())
            throw y.error(node, "patterns", "pattern '" + regex + "' matches empty text, so it would match everywhere;"
                    + " make it match at least one character");
        return p;
    }

    private static Set<ProseBlock.Kind> scope(Node node, StyleYaml y) {
        Set<ProseBlock.Kind> included = EnumSet.noneOf(ProseBlock.Kind.class);
        Set<ProseBlock.Kind> excluded = EnumSet.noneOf(ProseBlock.Kind.class);
        boolean anyIncluded = false;
        for (var s : y.strings(node, "scope")) {
            String name = s.getKey().trim();
            boolean not = name.startsWith("~");
            Set<ProseBlock.Kind> kinds = SCOPES.get(not ? name.substring(1) : name);
            if (kinds == null)
                throw y.error(s.getValue(), "scope", "unknown scope '" + name + "'; use "
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
        if (out.isEmpty()) throw y.error(node, "scope", "the scope leaves no prose to check");
        return out;
    }
}
