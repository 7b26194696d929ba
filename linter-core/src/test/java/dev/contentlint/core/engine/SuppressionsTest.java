package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    void aRuleOfAMissingArtifactIsNeitherUnknownNorHidesOthers() {
        var artifact = new dev.contentlint.core.rule.SeparateArtifact("dev.example:example-grammar", "it",
                List.of("grammar/languagetool"), List.of());
        var registry = new dev.contentlint.core.rule.RuleRegistry(List.of(new dev.contentlint.core.rule.RuleProvider() {
                    @Override
                    public List<dev.contentlint.core.rule.Rule> rules() {
                        return List.of();
                    }

                    @Override
                    public List<dev.contentlint.core.rule.SeparateArtifact> separateArtifacts() {
                        return List.of(artifact);
                    }
                }));
        Document d = TestParser.document(Path.of("t.md"), "t.md", Format.MARKDOWN, String.join("\n",
                "<!-- contentlint-disable grammar/languagetool -->", "a",
                "<!-- contentlint-disable-next-line grammar/languagetool:EN_A_VS_AN -->", "b", "<!-- contentlint-disable nope/nope -->"));
        Suppressions s = Suppressions.parse(d.comments(), d.source(), registry);
        assertEquals(1, s.problems().size(), s.problems().toString());
        assertTrue(s.problems().get(0).message().startsWith("Unknown rule 'nope/nope'"), s.problems().toString());
        assertEquals(List.of(), hidden(s, BAD, 5), "a directive left with no known id hides nothing");
    }

    private static Finding at(String rule, int line) {
        return new Finding(rule, Severity.ERROR, "m", "t.md", new Location(line, 1, line, 2));
    }

    private static List<String> unused(Suppressions s, List<Suppressions.Hidden> hidden, String... off) {
        Set<String> offRules = Set.of(off);
        return s.unused(hidden.stream().map(Suppressions.Hidden::use).toList(), id -> !offRules.contains(id), "t.md",
                Severity.WARNING).stream().map(f -> f.location().line() + " " + f.message()).toList();
    }

    @Test
    void eachHiddenFindingNamesTheDirectiveAndReasonThatHidIt() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word --  quoting\n the   original -->", "x",
                "<!-- contentlint-disable-line test/other-word -->", "y");
        // The first comment ends on line 2, so the line after it is 3.
        List<Finding> findings = new ArrayList<>(List.of(at(BAD, 3), at(OTHER, 3), at(OTHER, 4), at(BAD, 5)));
        List<Suppressions.Hidden> hidden = s.hide(findings);
        assertEquals(List.of(at(OTHER, 3), at(BAD, 5)), findings, "what no directive hides stays");
        assertEquals(2, hidden.size());
        assertEquals("disable-next-line", hidden.get(0).use().directive().verb());
        assertEquals(BAD, hidden.get(0).use().id());
        assertEquals("quoting the original", hidden.get(0).use().directive().reason(), "whitespace collapsed");
        assertEquals(new Location(1, 1, 2, 20), hidden.get(0).use().directive().location());
        SuppressedFinding shown = hidden.get(0).suppressed();
        assertEquals(SuppressedFinding.Kind.IN_SOURCE, shown.kind());
        assertEquals("quoting the original", shown.justification());
        assertEquals(new Location(1, 1, 2, 20), shown.location());
        assertEquals("disable-line", hidden.get(1).use().directive().verb());
        assertNull(hidden.get(1).suppressed().justification(), "no text after --: no justification");
        assertEquals(List.of(), unused(s, hidden));
    }

    @Test
    void aReasonIsOnlyTheTextAfterDoubleDashAndABlankOneIsNone() {
        Suppressions s = parse("<!-- contentlint-disable -- whole page quoted -->", "<!-- contentlint-disable-file test/other-word -- -->");
        assertNull(s.directives().get(0).ids(), "a reason alone leaves the directive covering every rule");
        assertEquals("whole page quoted", s.directives().get(0).reason());
        assertEquals(List.of(OTHER), s.directives().get(1).ids());
        assertNull(s.directives().get(1).reason());
    }

    @Test
    void everyFormThatHidesNothingIsReportedAtItsComment() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word -->", "clean",
                "text <!-- contentlint-disable-line -->",
                "<!-- contentlint-disable test/other-word -->", "clean", "<!-- contentlint-enable test/other-word -->",
                "<!-- contentlint-disable-file test/bad-word:UPPERCASE -->",
                "<!-- contentlint-capture --><!-- contentlint-restore --><!-- contentlint-enable-file -->");
        assertEquals(List.of(
                "1 This contentlint-disable-next-line comment names test/bad-word, which hides no finding here; "
                        + "remove the comment.",
                "3 This contentlint-disable-line comment hides no finding; remove it.",
                "4 This contentlint-disable comment names test/other-word, which hides no finding here; remove the comment.",
                "7 This contentlint-disable-file comment names test/bad-word:UPPERCASE, which hides no finding here; "
                        + "remove the comment."),
                unused(s, s.hide(new ArrayList<>(List.of(at(BAD, 5))))),
                "enable, capture and restore hide nothing by design and are never reported");
    }

    @Test
    void usedFormsAreNotReported() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word -->", "bad",
                "bad <!-- contentlint-disable-line -->",
                "<!-- contentlint-disable test/other-word -->", "other", "<!-- contentlint-enable test/other-word -->",
                "<!-- contentlint-disable-file test/bad-word:UPPERCASE -->", "BAD");
        Finding detailed = new Finding(BAD, Severity.ERROR, "m", "t.md", new Location(8, 1, 8, 4), List.of(),
                java.util.Map.of(Finding.DETAIL, "UPPERCASE"));
        List<Suppressions.Hidden> hidden = s.hide(new ArrayList<>(List.of(at(BAD, 2), at(OTHER, 3), at(OTHER, 5), detailed)));
        assertEquals(4, hidden.size());
        assertEquals(List.of(), unused(s, hidden));
    }

    @Test
    void onlyTheIdsThatHidNothingAreNamedAndAnOffRuleIsSaidToBeOff() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word, test/other-word test/throws -->", "x");
        List<Suppressions.Hidden> hidden = s.hide(new ArrayList<>(List.of(at(BAD, 2))));
        assertEquals(List.of("1 This contentlint-disable-next-line comment names test/other-word, test/throws, which "
                + "hide no finding here (test/throws is off for this file); remove those ids."), unused(s, hidden, THROWS));
        Suppressions one = parse("<!-- contentlint-disable test/throws -->", "x");
        assertEquals(List.of("1 This contentlint-disable comment names test/throws, which hides no finding here "
                + "(the rule is off for this file); remove the comment."), unused(one, List.of(), THROWS));
    }

    @Test
    void theNarrowestDirectiveAnswersForAFindingSoAWiderOneAroundItIsUnused() {
        Suppressions s = parse("<!-- contentlint-disable test/bad-word -->", "<!-- contentlint-disable-next-line test/bad-word -->",
                "bad", "<!-- contentlint-enable test/bad-word -->");
        List<Suppressions.Hidden> hidden = s.hide(new ArrayList<>(List.of(at(BAD, 3))));
        assertEquals("disable-next-line", hidden.get(0).use().directive().verb());
        assertEquals(List.of("1 This contentlint-disable comment names test/bad-word, which hides no finding here; "
                + "remove the comment."), unused(s, hidden));
    }

    @Test
    void aRuleOffBecauseAllAreOffIsHiddenByTheDirectiveThatTurnedAllOffOrTheLastThatNamedIt() {
        Suppressions s = parse("<!-- contentlint-disable -->", "<!-- contentlint-enable test/bad-word -->",
                "<!-- contentlint-disable test/bad-word -->", "bad other", "<!-- contentlint-capture -->",
                "<!-- contentlint-enable -->", "<!-- contentlint-restore -->", "bad");
        assertEquals(new Suppressions.Use(s.directives().get(0), null), s.hider(OTHER, null, 4));
        assertEquals(new Suppressions.Use(s.directives().get(2), BAD), s.hider(BAD, null, 4));
        assertEquals(new Suppressions.Use(s.directives().get(2), BAD), s.hider(BAD, null, 8), "restore brings back who");
        assertNull(s.hider(BAD, null, 6));
    }

    @Test
    void storedDirectivesHideAndReportAsTheParsedOnes() {
        Suppressions s = parse("<!-- contentlint-disable-next-line test/bad-word -- why -->", "bad",
                "<!-- contentlint-disable test/bad-word:X, test/other-word -->", "<!-- contentlint-disable-file -->",
                "<!-- contentlint-nope -->");
        FieldWriter w = new FieldWriter();
        s.store(w);
        FieldReader in = new FieldReader(w.toString());
        Suppressions back = Suppressions.load(in);
        in.end();
        assertEquals(s.directives(), back.directives());
        assertTrue(back.problems().isEmpty(), "problems were reported as findings when the file was linted");
        for (int line = 1; line <= 6; line++)
            for (String rule : List.of(BAD, OTHER, THROWS))
                for (String detail : java.util.Arrays.asList(null, "X"))
                    assertEquals(s.hider(rule, detail, line), back.hider(rule, detail, line), rule + ":" + detail + " " + line);
        FieldWriter none = new FieldWriter();
        Suppressions.NONE.store(none);
        assertSame(Suppressions.NONE, Suppressions.load(new FieldReader(none.toString())));
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
