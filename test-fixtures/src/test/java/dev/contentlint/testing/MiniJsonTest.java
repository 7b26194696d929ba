package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {
    @Test
    void readsFlatObjects() {
        Map<String, Object> m = MiniJson.parseObject(
                "{\"today\": \"2026-11-26\", \"max-age-days\": 365, \"ratio\": 0.5, \"on\": true, \"off\": false,"
                        + " \"none\": null, \"keys\": [\"a\", \"b\\\"c\"], \"esc\": \"\\u00e9\\n\"}");
        assertEquals(List.of("today", "max-age-days", "ratio", "on", "off", "none", "keys", "esc"), List.copyOf(m.keySet()));
        assertEquals("2026-11-26", m.get("today"));
        assertEquals(365L, m.get("max-age-days"));
        assertEquals(new BigDecimal("0.5"), m.get("ratio"));
        assertEquals(true, m.get("on"));
        assertEquals(false, m.get("off"));
        assertEquals(null, m.get("none"));
        assertEquals(List.of("a", "b\"c"), m.get("keys"));
        assertEquals("é\n", m.get("esc"));
    }

    @Test
    void readsEmptyObjectAndArray() {
        assertEquals(Map.of(), MiniJson.parseObject(" { } "));
        assertEquals(List.of(), MiniJson.parseObject("{\"a\": []}").get("a"));
    }

    @Test
    void rejectsMalformedInputWithItsPosition() {
        var e = assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": 1,}"));
        assertTrue(e.getMessage().startsWith("expected a quoted key at character 9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": tru}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": 1} x"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": 1, \"a\": 2}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": [{\"b\": 1,}]}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parseObject("{\"a\": \"open"));
    }

    @Test
    void readsNestedArraysAndObjects() {
        Map<String, Object> m = MiniJson.parseObject("{\"d\": [{\"id\": \"x\", \"when\": {\"paths\": [\"**\"]}}], \"n\": [[1, 2]]}");
        assertEquals(List.of(Map.of("id", "x", "when", Map.of("paths", List.of("**")))), m.get("d"));
        assertEquals(List.of(List.of(1L, 2L)), m.get("n"));
        assertEquals("{\"d\": [{\"id\": \"x\", \"when\": {\"paths\": [\"**\"]}}], \"n\": [[1, 2]]}", MiniJson.write(m));
    }

    @Test
    void writesJsonBack() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("k", Arrays.asList("a", 1L, true, null));
        m.put("q", "say \"hi\"\n");
        assertEquals("{\"k\": [\"a\", 1, true, null], \"q\": \"say \\\"hi\\\"\\n\"}", MiniJson.write(m));
    }
}
