package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A node of YAML a user wrote (a config file, a setting's value, a data file a rule reads), knowing the
 * file, line and key path it came from; its typed accessors fail with a {@link ConfigException} naming them.
 *
 * <p>YAML is read with the 1.2 core schema, so {@code on}/{@code off}/{@code yes} stay text and dates stay
 * text for their readers to parse. Only the node graph is composed: no tag can construct a Java object, and
 * snakeyaml-engine's alias and size limits stop a file that expands without bound.
 */
public final class YamlNode {
    /** snakeyaml-engine's defaults, stated so that a change of library version cannot loosen them unnoticed. */
    private static final int MAX_ALIASES = 50;
    private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    private final Node node;
    private final Node keyNode;
    private final Path file;
    private final String keyPath;

    private YamlNode(Node node, Node keyNode, Path file, String keyPath) {
        this.node = node;
        this.keyNode = keyNode;
        this.file = file;
        this.keyPath = keyPath == null ? "" : keyPath;
    }

    private static LoadSettings settings(Path file) {
        return LoadSettings.builder().setLabel(String.valueOf(file)).setUseMarks(true).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
    }

    /**
     * Parses YAML text; an empty document gives an empty optional. {@code file} names the text in errors
     * (null for text that has no file).
     */
    public static Optional<YamlNode> parse(String yaml, Path file) {
        try {
            return new Compose(settings(file)).composeString(yaml).map(n -> new YamlNode(n, null, file, ""));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null || e.getContext().isBlank() ? "" : " (" + e.getContext() + ")";
            throw new ConfigException(file, line, null, "invalid YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new ConfigException(file, 0, null, "invalid YAML: " + e.getMessage());
        }
    }

    /**
     * A node for a plain Java value (text, number, boolean, enum, list, map), so values given in code are
     * read exactly like values read from a file; it has no file and no line.
     */
    public static YamlNode of(Object value, String keyPath) {
        return new YamlNode(fromJava(value), null, null, keyPath);
    }

    private static Node fromJava(Object value) {
        if (value == null) return scalar(Tag.NULL, "null");
        if (value instanceof YamlNode y) return y.node;
        if (value instanceof Boolean b) return scalar(Tag.BOOL, b.toString());
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof java.math.BigInteger)
            return scalar(Tag.INT, value.toString());
        if (value instanceof Number n) return scalar(Tag.FLOAT, n.toString());
        if (value instanceof Enum<?> e) return scalar(Tag.STR, e.name());
        if (value instanceof Iterable<?> it) {
            List<Node> items = new ArrayList<>();
            for (Object o : it) items.add(fromJava(o));
            return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
        }
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((k, v) -> tuples.add(new NodeTuple(fromJava(String.valueOf(k)), fromJava(v))));
            return new MappingNode(Tag.MAP, tuples, FlowStyle.FLOW);
        }
        return scalar(Tag.STR, value.toString());
    }

    private static ScalarNode scalar(Tag tag, String text) {
        return new ScalarNode(tag, text, ScalarStyle.PLAIN);
    }

    /** The file this node was read from, or null. */
    public Path file() {
        return file;
    }

    /** Where this node sits, as errors name it: {@code rules.freshness/stale-date.max-age-days}, {@code terms[2]}. */
    public String keyPath() {
        return keyPath;
    }

    /** This node with another key path, for errors that name it differently. */
    public YamlNode at(String otherKeyPath) {
        return new YamlNode(node, keyNode, file, otherKeyPath);
    }

    /** 1-based line where the node starts, or 0 when unknown (a node made in code). */
    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The node's start and end, 1-based; the start of the file when unknown. */
    public Location location() {
        Optional<Mark> s = node.getStartMark();
        if (s.isEmpty()) return Location.FILE_START;
        Mark start = s.get();
        Mark end = node.getEndMark().orElse(start);
        return new Location(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
    }

    /**
     * The key this node is the value of in a map, as a node (errors about the key itself point at it), or
     * this node when it is not a map value.
     */
    public YamlNode key() {
        return keyNode == null ? this : new YamlNode(keyNode, null, file, keyPath);
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Whether this is a text, number or boolean (not null, not a list or map). */
    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** Whether YAML reads this as {@code true} or {@code false} (not {@code yes} or {@code on}). */
    public boolean isBoolean() {
        return node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag());
    }

    /** Short description for "expected X, got Y" messages: {@code 'text'}, {@code a list}, {@code nothing}. */
    public String describe() {
        if (isNull()) return "nothing";
        if (node instanceof ScalarNode s) return ConfigException.quote(s.getValue());
        if (node instanceof SequenceNode) return "a list";
        return "a map";
    }

    /** A config error about this node, at its file, line and key path. */
    public ConfigException error(String message) {
        return new ConfigException(file, line(), keyPath, message);
    }

    /** The text of a scalar (numbers and booleans as written), or an error naming what was expected. */
    public String text() {
        if (isScalar()) return ((ScalarNode) node).getValue();
        throw error("expected a text value, got " + describe());
    }

    /** {@code true} or {@code false}, or an error. */
    public boolean bool() {
        if (isBoolean()) return Boolean.parseBoolean(((ScalarNode) node).getValue().toLowerCase(java.util.Locale.ROOT));
        throw error("expected true or false, got " + describe());
    }

    /**
     * The items of a list, each keyed {@code keyPath[i]}; a single scalar counts as a list of itself and
     * nothing as an empty list. A map is an error.
     */
    public List<YamlNode> items() {
        if (isNull()) return List.of();
        if (node instanceof ScalarNode) return List.of(this);
        if (!(node instanceof SequenceNode seq)) throw error("expected a list, got " + describe());
        List<YamlNode> out = new ArrayList<>();
        List<Node> values = seq.getValue();
        for (int i = 0; i < values.size(); i++) out.add(new YamlNode(values.get(i), null, file, keyPath + "[" + i + "]"));
        return List.copyOf(out);
    }

    /** A list of text values; a single text value counts as a list of one, nothing as none. */
    public List<String> texts() {
        if (node instanceof MappingNode) throw error("expected a list of text values, got " + describe());
        List<String> out = new ArrayList<>();
        for (YamlNode item : items()) out.add(item.text());
        return List.copyOf(out);
    }

    /**
     * The entries of a map by key text, in order, each value keyed {@code keyPath.key}; nothing gives an
     * empty map. Keys must be text and unique, because a repeated key would silently drop one of two values.
     *
     * @param expected what the map holds, for the message when this is not a map ("a map of rule ids to settings")
     */
    public Map<String, YamlNode> entries(String expected) {
        if (isNull()) return Map.of();
        if (!(node instanceof MappingNode map)) throw error("expected " + expected + ", got " + describe());
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || Tag.NULL.equals(k.getTag()))
                throw new YamlNode(t.getKeyNode(), null, file, keyPath).error("keys must be plain text");
            YamlNode value = new YamlNode(t.getValueNode(), k, file, join(keyPath, k.getValue()));
            YamlNode earlier = out.putIfAbsent(k.getValue(), value);
            if (earlier != null)
                throw value.key().error("duplicate key (first given on line " + earlier.key().line() + "); keep one");
        }
        return Collections.unmodifiableMap(out);
    }

    private static String join(String keyPath, String key) {
        return keyPath.isEmpty() ? key : keyPath + "." + key;
    }

    /** Plain, read-only Java values (String, Integer/Long/BigInteger, Double, Boolean, List, Map), or null. */
    public Object toJava() {
        if (isNull()) return null;
        Object raw;
        try {
            raw = new StandardConstructor(settings(file)).constructSingleDocument(Optional.of(node));
        } catch (YamlEngineException e) {
            throw error("cannot read value: " + e.getMessage());
        }
        return freeze(raw);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object o) {
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object e : list) out.add(freeze(e));
            return Collections.unmodifiableList(out);
        }
        if (o instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> out.put(k, freeze(v)));
            return Collections.unmodifiableMap(out);
        }
        return o;
    }

    /** A canonical, order-preserving text form of the value (not its position), for fingerprints. */
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        canonical(node, sb);
        return sb.toString();
    }

    private static void canonical(Node node, StringBuilder out) {
        if (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
            out.append('~');
        } else if (node instanceof ScalarNode s) {
            if (!Tag.STR.equals(s.getTag())) out.append('!').append(shortTag(s.getTag())).append(' ');
            quote(s.getValue(), out);
        } else if (node instanceof SequenceNode seq) {
            out.append('[');
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (i > 0) out.append(',');
                canonical(seq.getValue().get(i), out);
            }
            out.append(']');
        } else if (node instanceof MappingNode map) {
            out.append('{');
            boolean first = true;
            for (NodeTuple t : map.getValue()) {
                if (!first) out.append(',');
                first = false;
                canonical(t.getKeyNode(), out);
                out.append(':');
                canonical(t.getValueNode(), out);
            }
            out.append('}');
        }
    }

    private static String shortTag(Tag tag) {
        String v = tag.getValue();
        return v.startsWith(Tag.PREFIX) ? v.substring(Tag.PREFIX.length()) : v;
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return (keyPath.isEmpty() ? "" : keyPath + "=") + canonical();
    }
}
