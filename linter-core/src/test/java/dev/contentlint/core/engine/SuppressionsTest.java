package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.ParseIssue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final String BAD = "test/bad-word";
    private static final String OTHER = "test/other-word";
    private static final String THROWS = "test/throws";

    private static Suppressions parse(String... lines) {
        Document d = TestParser.document(Path.of("t.md"), "t.md", Format.MARKDOWN, String.join("\n", lines));
        return Suppressions.parse(d.comments(), d.source(), TestRules.registry());
    }

    /** Lines 1..n on which findings of {@code rule} are hidden. */
    private static List<Integer> hidden(Suppressions s, String rule, int lines) {
        List<Integer> out = new ArrayList<>();
        for (int line = 1; line <= lines; line++) if (s.suppresses(rule, line)) out.add(line);
        return out;
    }

    @Test
    void disableAndEnableAllRulesFromTheCommentLineOn() {
        Suppressions s = parse("a", "<!-- contentlint-disable -->", "b", "<!-- contentlint-enable -->", "c");
        assertEquals(List.of(2, 3), hidden(s, BAD, 5));
        assertEquals(List.of(2, 3), hidden(s, OTHER, 5));
    }

    @Test
    void disableNamedRulesSeparatedBySpacesOrCommas() {
        Suppressions s = parse("<!-- contentlint-disable test/bad-word,test/throws -->", "x",
                "<!-- contentlint-enable test/bad-word -->", "y", "<!--contentlint-disable   test/other-word  -->", "z");
        assertEquals(List.of(1, 2), hidden(s, BAD, 6));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), hidden(s, THROWS, 6));
        assertEquals(List.of(5, 6), hidden(s, OTHER, 6));
    }

    @Test
    void enableOneRuleAfterDisablingAll() {
        Suppressions s = parse("<!-- contentlint-disable -->", "x", "<!-- contentlint-enable test/other-word -->", "y");
        assertEquals(List.of(1, 2, 3, 4), hidden(s, BAD, 4));
        assertEquals(List.of(1, 2), hidden(s, OTHER, 4));
    }

    @Test
    void disableLineAndDisableNextLine() {
        Suppressions s = parse("a", "b <!-- contentlint-disable-line test/bad-word -->",
                "<!-- contentlint-disable-next-line -->", "d", "e");
        assertEquals(List.of(2, 4), hidden(s, BAD, 5));
        assertEquals(List.of(4), hidden(s, OTHER, 5));
    }

    @Test
    void ruleIdWithDetailHidesOnlyThatCheckOfTheRule() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word:EN_A_VS_AN -->", "b",
                "<!-- contentlint-disable test/bad-word:UPPERCASE -->", "d");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertTrue(s.suppresses(BAD, "EN_A_VS_AN", 2));
        assertFalse(s.suppresses(BAD, "OTHER_ID", 2));
        assertFalse(s.suppresses(BAD, null, 2));
        assertFalse(s.suppresses(OTHER, "EN_A_VS_AN", 2));
        assertFalse(s.suppresses(BAD, "EN_A_VS_AN", 4));
        assertTrue(s.suppresses(BAD, "UPPERCASE", 4));
        assertFalse(s.suppresses(BAD, "UPPERCASE", 2));
    }

    @Test
    void detailOfAnUnknownRuleIsReported() {
        Suppressions s = parse("<!-- contentlint-disable nope/nothing:X -->", "b");
        assertEquals(1, s.problems().size());
    }

    @Test
    void disableNextLineAfterAMultiLineComment() {
        Suppressions s = parse("<!-- contentlint-disable-next-line", "test/bad-word -->", "c", "d");
        assertEquals(List.of(3), hidden(s, BAD, 4));
        assertEquals(List.of(), hidden(s, OTHER, 4));
    }

    @Test
    void fileDirectivesSetTheStartingStateWhereverTheyStand() {
        Suppressions s = parse("a", "<!-- contentlint-enable test/bad-word -->", "c",
                "<!-- contentlint-disable-file test/bad-word test/other-word -->",
                "<!-- contentlint-enable-file test/other-word -->");
        // disable-file applies from line 1; the later enable on line 2 turns bad-word back on from there.
        assertEquals(List.of(1), hidden(s, BAD, 5));
        assertEquals(List.of(), hidden(s, OTHER, 5));
    }

    @Test
    void captureAndRestore() {
        Suppressions s = parse("<!-- contentlint-disable test/bad-word -->", "<!-- contentlint-capture -->",
                "<!-- contentlint-disable -->", "x", "<!-- contentlint-restore -->", "y");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), hidden(s, BAD, 6));
        assertEquals(List.of(3, 4), hidden(s, OTHER, 6));
    }

    @Test
    void restoreWithoutCaptureReturnsToTheFileState() {
        Suppressions s = parse("<!-- contentlint-disable-file test/other-word -->", "<!-- contentlint-enable -->", "x",
                "<!-- contentlint-restore -->", "y");
        assertEquals(List.of(1, 4, 5), hidden(s, OTHER, 5));
    }

    @Test
    void aliasesAndAnyCaseResolveToTheRuleId() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/old-bad-word -->", "x",
                "<!-- contentlint-disable-next-line Test/Other-Word -->", "y");
        assertEquals(List.of(2), hidden(s, BAD, 4));
        assertEquals(List.of(4), hidden(s, OTHER, 4));
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void unknownRuleIsAWarningWithASuggestionAndDoesNotDisableEverything() {
        Suppressions s = parse("<!-- contentlint-disable test/bad-wrd -->", "x");
        assertEquals(List.of(), hidden(s, BAD, 2));
        assertEquals(List.of(), hidden(s, OTHER, 2));
        ParseIssue p = s.problems().get(0);
        assertEquals(InternalRules.INLINE_CONFIG, p.ruleId());
        assertEquals("Unknown rule 'test/bad-wrd' in contentlint-disable; did you mean 'test/bad-word'?", p.message());
        assertEquals("test/bad-wrd", "<!-- contentlint-disable test/bad-wrd -->".substring(p.span().start(), p.span().end()));
    }

    @Test
    void unknownRuleNextToAKnownOneKeepsTheKnownOne() {
        Suppressions s = parse("<!-- contentlint-disable zzz-unrelated-thing, test/other-word -->", "x");
        assertEquals(List.of(1, 2), hidden(s, OTHER, 2));
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).message().startsWith("Unknown rule 'zzz-unrelated-thing' in contentlint-disable;"));
    }

    @Test
    void unknownDirectiveIsAWarning() {
        Suppressions s = parse("<!-- contentlint-disabel test/bad-word -->", "x");
        assertEquals(List.of(), hidden(s, BAD, 2));
        assertTrue(s.problems().get(0).message().startsWith("Unknown inline directive 'contentlint-disabel'"));
    }

    @Test
    void internalErrorsAndInlineConfigWarningsAreNeverHidden() {
        Suppressions s = parse("<!-- contentlint-disable -->", "x");
        assertFalse(s.suppresses(InternalRules.INTERNAL_ERROR, 2));
        assertFalse(s.suppresses(InternalRules.INLINE_CONFIG, 2));
        assertTrue(s.suppresses(InternalRules.ENCODING, 2));
        Suppressions named = parse("<!-- contentlint-disable contentlint/internal-error -->", "x");
        assertFalse(named.suppresses(InternalRules.INTERNAL_ERROR, 2));
        assertTrue(named.problems().get(0).message().contains("cannot be disabled inline"));
    }

    @Test
    void fixtureConfigMarkerAndOrdinaryCommentsAreIgnored() {
        Suppressions s = parse("<!-- contentlint-config: {\"today\": \"2026-11-26\"} -->", "<!-- expect: test/bad-word -->",
                "<!-- a note -->");
        assertSame(Suppressions.NONE, s);
    }

    @Test
    void aReasonAfterDoubleDashIsNotARuleId() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word -- quoting the original -->", "x");
        assertEquals(List.of(2), hidden(s, BAD, 2));
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void storedAndLoadedTheyHideWhatTheParsedOnesHide() {
        Suppressions parsed = parse("<!-- contentlint-disable-file test/other-word -->",
                "<!-- contentlint-disable test/bad-word -->", "a", "<!-- contentlint-capture -->",
                "<!-- contentlint-enable -->", "b <!-- contentlint-disable-line test/bad-word:DETAIL -->",
                "<!-- contentlint-disable-next-line -->", "c", "<!-- contentlint-restore -->", "d");
        Suppressions loaded = Suppressions.load(parsed.store());
        for (String rule : List.of(BAD, OTHER, THROWS)) {
            assertEquals(hidden(parsed, rule, 11), hidden(loaded, rule, 11), rule);
            for (int line = 1; line <= 11; line++)
                assertEquals(parsed.suppresses(rule, "DETAIL", line), loaded.suppresses(rule, "DETAIL", line), rule + " " + line);
        }
        assertFalse(hidden(parsed, BAD, 11).isEmpty());
        assertEquals(parsed.store(), loaded.store());
        assertSame(Suppressions.NONE, Suppressions.load(Suppressions.NONE.store()));
    }
}
