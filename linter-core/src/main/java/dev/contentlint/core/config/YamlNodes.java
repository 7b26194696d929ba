package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
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

/** Reads YAML into position-carrying nodes and turns nodes into values, with config-style errors. */
final class YamlNodes {
    private YamlNodes() {}

    private static LoadSettings settings(String label) {
        // The YAML 1.2 core schema: `on`/`off`/`yes` stay strings and dates stay text we parse ourselves.
        return LoadSettings.builder().setLabel(label).setUseMarks(true).setAllowDuplicateKeys(false)
                .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
    }

    /** Parses YAML text; an empty document gives an empty optional. */
    static Optional<Node> parse(String yaml, Path file) {
        try {
            return new Compose(settings(String.valueOf(file))).composeString(yaml);
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

    /** 1-based line of a node, or 0 when unknown. */
    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Short description of a node for "expected X, got Y" messages. */
    static String describe(Node node) {
        if (isNull(node)) return "nothing";
        if (node instanceof ScalarNode s) return "'" + s.getValue() + "'";
        if (node instanceof SequenceNode) return "a list";
        return "a map";
    }

    /**
     * The entries of a map node by key text, in order; null for a null node. Keys must be scalars and
     * unique, because a repeated key would silently drop one of the two settings.
     */
    static Map<String, NodeTuple> entries(Node node, Path file, String keyPath, String expected) {
        if (isNull(node)) return null;
        if (!(node instanceof MappingNode map))
            throw new ConfigException(file, line(node), keyPath, "expected " + expected + ", got " + describe(node));
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k))
                throw new ConfigException(file, line(t.getKeyNode()), keyPath, "keys must be plain text");
            NodeTuple earlier = out.putIfAbsent(k.getValue(), t);
            if (earlier != null)
                throw new ConfigException(file, line(k), join(keyPath, k.getValue()),
                        "duplicate key (first given on line " + line(earlier.getKeyNode()) + "); keep one");
        }
        return out;
    }

    static String join(String keyPath, String key) {
        return keyPath == null || keyPath.isEmpty() ? key : keyPath + "." + key;
    }

    static String text(NodeTuple t) {
        return ((ScalarNode) t.getKeyNode()).getValue();
    }

    /** A text scalar, or an error naming what was expected. */
    static String string(Node node, Path file, String keyPath) {
        if (node instanceof ScalarNode s && !isNull(s)) return s.getValue();
        throw new ConfigException(file, line(node), keyPath, "expected a text value, got " + describe(node));
    }

    /** A list of text values; a single text value counts as a list of one. */
    static List<String> strings(Node node, Path file, String keyPath) {
        if (isNull(node)) return List.of();
        if (node instanceof ScalarNode s) return List.of(s.getValue());
        if (!(node instanceof SequenceNode seq))
            throw new ConfigException(file, line(node), keyPath, "expected a list of text values, got " + describe(node));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            if (!(item instanceof ScalarNode s) || isNull(s))
                throw new ConfigException(file, line(item), keyPath + "[" + i + "]",
                        "expected a text value, got " + describe(item));
            out.add(s.getValue());
        }
        return List.copyOf(out);
    }

    /** Plain Java values (String, Integer/Long/BigInteger, Double, Boolean, List, Map), read-only. */
    static Object toJava(Node node, Path file, String keyPath) {
        if (isNull(node)) return null;
        Object raw;
        try {
            raw = new StandardConstructor(settings(String.valueOf(file))).constructSingleDocument(Optional.of(node));
        } catch (YamlEngineException e) {
            throw new ConfigException(file, line(node), keyPath, "cannot read value: " + e.getMessage());
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

    /** A node for a plain Java value, so options given in code bind exactly like options read from YAML. */
    static Node fromJava(Object value) {
        if (value == null) return scalar(Tag.NULL, "null");
        if (value instanceof Node n) return n;
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

    /** A canonical, order-preserving text form of a node, for fingerprints. */
    static void canonical(Node node, StringBuilder out) {
        if (isNull(node)) {
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

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        out.append('"');
    }
}
