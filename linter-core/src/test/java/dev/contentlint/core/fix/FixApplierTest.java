package dev.contentlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixApplierTest {
    private static Fix fix(int line, int col, int endLine, int endCol, String replacement) {
        return new Fix(new Location(line, col, endLine, endCol), replacement, "Replace with \"" + replacement + "\"");
    }

    @Test
    void editsFromTheEndKeepEarlierPositionsValid() {
        String text = "In order to start, utilise the tool.\r\nDo it prior to lunch.\r\n";
        var r = FixApplier.apply(text, List.of(fix(1, 1, 1, 12, "To"), fix(1, 20, 1, 27, "use"), fix(2, 7, 2, 15, "before")));
        assertEquals("To start, use the tool.\r\nDo it before lunch.\r\n", r.text());
        assertEquals(3, r.applied().size());
        assertEquals(List.of(), r.deferred());
    }

    @Test
    void columnsCountCodePoints() {
        String text = "😀 colour 😀 colour";
        var r = FixApplier.apply(text, List.of(fix(1, 3, 1, 9, "color"), fix(1, 12, 1, 18, "color")));
        assertEquals("😀 color 😀 color", r.text());
    }

    @Test
    void overlappingEditWaitsForTheNextPass() {
        String text = "the the the";
        Fix first = fix(1, 1, 1, 8, "the");
        Fix second = fix(1, 5, 1, 12, "the");
        var r = FixApplier.apply(text, List.of(first, second));
        assertEquals("the the", r.text());
        assertEquals(List.of(second), r.applied());
        assertEquals(List.of(first), r.deferred());
    }

    @Test
    void twoInsertionsAtOnePointDoNotGuessAnOrder() {
        var r = FixApplier.apply("ab", List.of(fix(1, 2, 1, 2, "x"), fix(1, 2, 1, 2, "y")));
        assertEquals(1, r.applied().size());
        assertEquals(1, r.deferred().size());
        assertEquals(3, r.text().length());
    }

    @Test
    void adjacentEditsBothApply() {
        var r = FixApplier.apply("abcd", List.of(fix(1, 1, 1, 3, "X"), fix(1, 3, 1, 5, "Y")));
        assertEquals("XY", r.text());
        assertEquals(List.of(), r.deferred());
    }

    @Test
    void duplicateAndNoOpFixesConverge() {
        String text = "colour";
        var r = FixApplier.apply(text, List.of(fix(1, 1, 1, 7, "color"), fix(1, 1, 1, 7, "color")));
        assertEquals("color", r.text());
        assertEquals(1, r.applied().size());
        assertEquals(List.of(), r.deferred());
        var again = FixApplier.apply(r.text(), List.of(fix(1, 1, 1, 6, "color")));
        assertFalse(again.changed());
        assertSame(r.text(), again.text());
    }

    @Test
    void multiLineRangesReplaceAcrossLineBreaks() {
        var r = FixApplier.apply("in order\nto go", List.of(fix(1, 1, 2, 3, "to")));
        assertEquals("to go", r.text());
    }
}
