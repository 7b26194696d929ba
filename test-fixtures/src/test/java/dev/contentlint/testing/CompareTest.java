package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison of findings with markers, without running the engine. */
class CompareTest {
    private static final Fixture FIXTURE = Fixture.parse("t.md", """
            a <!-- expect: x/y "old" -->
            b <!-- expect: x/y --> <!-- expect: x/y -->
            c
            """);

    private static Finding at(int line, String message) {
        return new Finding("x/y", Severity.WARNING, message, "t.md", new Location(line, 1, line, 2));
    }

    @Test
    void exactMatchPasses() {
        assertNull(RuleTester.compare(FIXTURE, List.of(at(1, "too old"), at(2, "p"), at(2, "q")), Set.of("x/y")));
    }

    @Test
    void missingFindingFails() {
        String msg = RuleTester.compare(FIXTURE, List.of(at(1, "too old"), at(2, "p")), Set.of("x/y"));
        assertTrue(msg.contains("missing finding: line 2: x/y"), msg);
        assertTrue(msg.contains("actual:\n  t.md:1:1: too old [x/y]\n  t.md:2:1: p [x/y]"), msg);
    }

    @Test
    void extraFindingFails() {
        String msg = RuleTester.compare(FIXTURE, List.of(at(1, "too old"), at(2, "p"), at(2, "q"), at(3, "r")), Set.of("x/y"));
        assertEquals(1, msg.lines().filter(l -> l.startsWith("  extra finding")).count(), msg);
        assertTrue(msg.contains("extra finding: t.md:3:1: r [x/y]"), msg);
    }

    @Test
    void wrongMessageFails() {
        String msg = RuleTester.compare(FIXTURE, List.of(at(1, "too new"), at(2, "p"), at(2, "q")), Set.of("x/y"));
        assertTrue(msg.contains("wrong message: line 1: x/y \"old\" but got t.md:1:1: too new [x/y]"), msg);
        assertTrue(!msg.contains("extra finding"), msg);
    }

    @Test
    void markerForARuleNotUnderTestIsUnused() {
        Fixture f = Fixture.parse("t.md", "a <!-- expect: other/rule -->\n");
        String msg = RuleTester.compare(f, List.of(), Set.of("x/y"));
        assertTrue(msg.contains("unused marker, other/rule is not under test: line 1: other/rule"), msg);
        assertNull(RuleTester.compare(Fixture.parse("t.md", "a\n"), List.of(), null));
    }
}
