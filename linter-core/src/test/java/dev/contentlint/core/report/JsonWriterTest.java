package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("a\\\"b\\\\c", JsonWriter.escape("a\"b\\c"));
        assertEquals("\\n\\r\\t\\b\\f", JsonWriter.escape("\n\r\t\b\f"));
        assertEquals("\\u0000\\u0007\\u001f\\u007f", JsonWriter.escape("\u0000\u0007\u001f\u007f"));
        assertEquals("\\u2028\\u2029", JsonWriter.escape("\u2028\u2029"));
        assertEquals("/ é 文 <>&'", JsonWriter.escape("/ é 文 <>&'"));
    }

    @Test
    void keepsSurrogatePairsAndEscapesLoneSurrogates() {
        assertEquals("🙂", JsonWriter.escape("🙂"));
        assertEquals("\\ud800x", JsonWriter.escape("\uD800x"));
        assertEquals("x\\udc00", JsonWriter.escape("x\uDC00"));
        assertEquals("\\udc00\\ud800", JsonWriter.escape("\uDC00\uD800"));
        assertEquals("\\ud800🙂", JsonWriter.escape("\uD800🙂"));
    }

    @Test
    void everyBmpCharacterRoundTripsThroughAJsonParser() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) all.append(c);
        String s = all.toString();
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).value(s).finish();
        assertEquals(s, new ObjectMapper().readTree(out.toString()).asText());
    }

    @Test
    void prettyPrintsNestedContainersInOrder() throws IOException {
        StringBuilder out = new StringBuilder();
        JsonWriter w = new JsonWriter(out);
        w.beginObject().member("b", 1).name("a").beginArray().value("x").value(true).nullValue().endArray()
                .name("empty").beginObject().endObject().name("none").beginArray().endArray().endObject();
        w.finish();
        assertEquals("""
                {
                  "b": 1,
                  "a": [
                    "x",
                    true,
                    null
                  ],
                  "empty": {},
                  "none": []
                }
                """, out.toString());
        JsonNode parsed = new ObjectMapper().readTree(out.toString());
        assertEquals(java.util.List.of("b", "a", "empty", "none"), fieldNames(parsed));
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void refusesMalformedNesting() throws IOException {
        JsonWriter w = new JsonWriter(new StringBuilder());
        assertThrows(IllegalStateException.class, w::endObject);
        w.beginObject().name("a");
        assertThrows(IllegalStateException.class, () -> w.name("b"));
        assertThrows(IllegalStateException.class, w::endObject);
        w.value(1);
        assertThrows(IllegalStateException.class, w::finish);
    }
}
