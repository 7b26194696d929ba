package dev.contentlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
    private static final Path FILE = Path.of("data.yml");

    private static YamlNode parse(String yaml) {
        return YamlNode.parse(yaml, FILE).orElseThrow();
    }

    private static String error(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(ConfigException.class, e).getMessage();
    }

    @Test
    void nodesKnowTheirLineColumnAndKeyPath() {
        YamlNode root = parse("terms:\n  - term: escrow\n    variants: [a, b]\n");
        YamlNode first = root.entries("a map").get("terms").items().get(0);
        assertEquals("terms[0]", first.keyPath());
        YamlNode term = first.entries("an entry").get("term");
        assertEquals("terms[0].term", term.keyPath());
        assertEquals("escrow", term.text());
        assertEquals(new Location(2, 11, 2, 17), term.location());
        assertEquals(2, term.key().line());
        assertEquals(List.of("a", "b"), first.entries("an entry").get("variants").texts());
        assertEquals("terms[0].variants[1]", first.entries("an entry").get("variants").items().get(1).keyPath());
    }

    @Test
    void anEmptyDocumentIsEmpty() {
        assertTrue(YamlNode.parse("# nothing\n", FILE).isEmpty());
    }

    @Test
    void accessorsSayWhatWasExpectedAtTheLine() {
        YamlNode root = parse("a: [x]\nb: yes\nc:\nd: true\n");
        Map<String, YamlNode> m = root.entries("a map");
        assertEquals("data.yml:1: a: expected a text value, got a list", error(() -> m.get("a").text()));
        assertEquals("data.yml:2: b: expected true or false, got 'yes'", error(() -> m.get("b").bool()));
        assertTrue(m.get("c").isNull());
        assertEquals(List.of(), m.get("c").texts());
        assertTrue(m.get("d").bool());
        assertEquals("data.yml:1: expected a list of things, got a map", error(() -> {
            if (!root.isList()) throw root.error("expected a list of things, got " + root.describe());
        }));
        assertEquals("data.yml:1: a: expected a map of words, got a list", error(() -> m.get("a").entries("a map of words")));
    }

    @Test
    void duplicateKeysAndBadSyntaxAreErrors() {
        assertEquals("data.yml:3: a: duplicate key (first given on line 1); keep one",
                error(() -> parse("a: 1\nb: 2\na: 3\n").entries("a map")));
        assertEquals("data.yml:2: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                error(() -> parse("a: [x\n")));
    }

    @Test
    void aliasesThatExpandWithoutBoundAreRefused() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            laughs.append("]\n");
        }
        String message = error(() -> parse(laughs.toString()).toJava());
        assertTrue(message.contains("aliases"), message);
    }

    @Test
    void tagsNeverConstructJavaObjects() {
        YamlNode node = parse("x: !!java.lang.ProcessBuilder [calc]\n").entries("a map").get("x");
        String message = error(node::toJava);
        assertTrue(message.startsWith("data.yml:1: x: cannot read value: "), message);
    }

    @Test
    void javaValuesReadLikeYaml() {
        YamlNode node = YamlNode.of(Map.of("limit", 5), "options");
        YamlNode limit = node.entries("a map").get("limit");
        assertEquals("options.limit", limit.keyPath());
        assertEquals("5", limit.text());
        assertEquals(0, limit.line());
        assertEquals("options.limit: bad", limit.error("bad").getMessage());
        assertEquals(Map.of("limit", 5), node.toJava());
        assertFalse(YamlNode.of(List.of("a"), "k").isMap());
    }

    @Test
    void theCanonicalFormIgnoresLayoutButNotValues() {
        String a = parse("x: {b: 1, c: [d, 'e']}\n").canonical();
        assertEquals(a, parse("x:\n  b: 1   # one\n  c:\n    - d\n    - e\n").canonical());
        assertFalse(a.equals(parse("x: {b: '1', c: [d, e]}\n").canonical()));
    }
}
