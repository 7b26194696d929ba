package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixtureTest {
    @Test
    void readsExpectationsOnTheirLine() {
        Fixture f = Fixture.parse("a.md", """
                <!-- contentlint-config: {"today": "2026-11-26", "max-age-days": 30} -->
                Last updated: March 3, 2023 <!-- expect: freshness/stale-date "1,364 days" -->
                two <!-- expect: a/b --> <!-- expect: a/b, c/d "x, y" -->
                <!-- expect@1: e/f -->
                """);
        assertEquals(List.of(), f.problems());
        assertEquals(Map.of("today", "2026-11-26", "max-age-days", 30L), f.config());
        assertEquals(List.of(
                new Expectation("freshness/stale-date", 2, "1,364 days", 2),
                new Expectation("a/b", 3, null, 3),
                new Expectation("a/b", 3, null, 3),
                new Expectation("c/d", 3, "x, y", 3),
                new Expectation("e/f", 1, null, 4)), f.expectations());
        assertEquals(2, f.expectationsFor("a/b").size());
    }

    @Test
    void countsLinesAcrossCrLfAndCr() {
        Fixture f = Fixture.parse("a.txt", "one\r\ntwo\rthree <!-- expect: a/b -->\r\n");
        assertEquals(3, f.expectations().get(0).line());
    }

    @Test
    void blanksMarkersInTextFixturesOnly() {
        String text = "Title <!-- expect: a/b -->\r\n<!-- contentlint-config: {\"today\": \"2026-11-26\"} -->\nbody <!-- clean --> <!-- other -->\n";
        Fixture txt = Fixture.parse("a.txt", text);
        String lint = txt.lintText();
        assertEquals(text.length(), lint.length());
        assertEquals("Title" + " ".repeat(21) + "\r\n", lint.substring(0, 28));
        assertTrue(lint.contains("\nbody" + " ".repeat(16) + "<!-- other -->\n"), lint);
        assertEquals(1, txt.cleanMarkers());
        assertEquals(text, Fixture.parse("a.md", text).lintText());
        assertEquals(text, Fixture.parse("a.html", text).lintText());
    }

    @Test
    void reportsMalformedMarkers() {
        Fixture f = Fixture.parse("a.md", """
                <!-- expect: -->
                <!-- expect: Not An Id -->
                <!-- expect freshness/stale-date -->
                <!-- expect@9: a/b -->
                <!-- contentlint-config: {"a": } -->
                <!-- contentlint-config: {} -->
                <!-- expected to be ignored -->
                """);
        assertEquals(6, f.problems().size(), String.join("\n", f.problems()));
        assertTrue(f.problems().get(0).startsWith("line 1: expect marker names no rule"));
        assertTrue(f.problems().get(1).startsWith("line 2: cannot read expectation 'Not An Id'"));
        assertTrue(f.problems().get(2).startsWith("line 3: malformed marker"));
        assertTrue(f.problems().get(3).startsWith("line 4: expect@9 points past the end"));
        assertTrue(f.problems().get(4).startsWith("line 5: contentlint-config is not a JSON object"));
        assertTrue(f.problems().get(5).startsWith("line 6: a second contentlint-config"));
    }

    @Test
    void formatComesFromTheExtension() {
        assertEquals(dev.contentlint.core.document.Format.HTML, Fixture.parse("x/y--v.html", "").format());
        assertThrows(IllegalArgumentException.class, () -> Fixture.parse("x.rst", "").format());
    }
}
