package dev.contentlint.rules.style;

import dev.contentlint.core.rule.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads a style file's YAML into nodes with lines, and turns them into values with config-style errors. */
final class StyleYaml {
    private final Path file;

    StyleYaml(Path file) {
        this.file = file;
    }

    Optional<Node> parse(String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(String.valueOf(file)).setUseMarks(true)
                .setAllowDuplicateKeys(false).setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new ConfigException(file, mark.map(m -> m.getLine() + 1).orElse(0), null, "invalid YAML: " + problem);
        } catch (YamlEngineException e) {
            throw new ConfigException(file, 0, null, "invalid YAML: " + e.getMessage());
        }
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    ConfigException error(Node node, String key, String message) {
        return new ConfigException(file, line(node), key, message);
    }

    private static String describe(Node node) {
        if (isNull(node)) return "nothing";
        if (node instanceof ScalarNode s) return "'" + s.getValue() + "'";
        return node instanceof SequenceNode ? "a list" : "a map";
    }

    /** The entries of a map by key, in order; keys are plain text. */
    Map<String, NodeTuple> map(Node node, String key, String expected) {
        if (!(node instanceof MappingNode m))
            throw error(node, key, "expected " + expected + ", got " + describe(node));
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || isNull(k))
                throw error(t.getKeyNode(), key, "keys must be plain text");
            out.put(k.getValue(), t);
        }
        return out;
    }

    String string(Node node, String key) {
        if (node instanceof ScalarNode s && !isNull(s)) return s.getValue();
        throw error(node, key, "expected a text value, got " + describe(node));
    }

    boolean bool(Node node, String key) {
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) return Boolean.parseBoolean(s.getValue());
        throw error(node, key, "expected true or false, got " + describe(node));
    }

    /** A list of text items, each with its node; one text value counts as a list of one. */
    List<Map.Entry<String, Node>> strings(Node node, String key) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue()
                : node instanceof ScalarNode && !isNull(node) ? List.of(node) : null;
        if (items == null) throw error(node, key, "expected a list of text values, got " + describe(node));
        List<Map.Entry<String, Node>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String k = node instanceof SequenceNode ? key + "[" + i + "]" : key;
            out.add(Map.entry(string(items.get(i), k), items.get(i)));
        }
        return out;
    }
}
