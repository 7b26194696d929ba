package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.rules.PhraseMatcher.Edges;
import dev.contentlint.rules.PhraseMatcher.Phrase;
import dev.contentlint.rules.a11y.InclusiveLanguageRule;
import dev.contentlint.rules.a11y.SensoryLanguageRule;
import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<String> found(PhraseMatcher matcher, String text) {
        return matcher.find(text).stream().map(m -> m.start() + "-" + m.end() + " " + m.text() + " " + m.phrase().note()).toList();
    }

    @Test
    void phrasesMatchAsWholeWordsIgnoringCaseAndTellWhichPhraseMatched() {
        PhraseMatcher m = PhraseMatcher.of(List.of(new Phrase("white-?list(s|ed)?", false, "allowlist"),
                new Phrase("dummy", false, "placeholder")), Edges.WORDS);
        assertEquals(List.of("4-13 Whitelist allowlist", "18-23 dummy placeholder"), found(m, "The Whitelist and dummy."));
        assertEquals(List.of(), found(m, "dummyish non-dummy _dummy dummy_ dummy2 édummy"));
        assertEquals(List.of("0-5 dummy placeholder"), found(m, "dummy-data"), "a hyphen may follow a word");
    }

    @Test
    void asciiWordAndHyphenEdgesRejectHyphensOnBothSides() {
        PhraseMatcher m = PhraseMatcher.of(List.of(Phrase.literal("TODO")), Edges.ASCII_WORDS_AND_HYPHENS);
        assertEquals(List.of(), found(m, "TODO-list and pre-TODO"));
        assertEquals(List.of("0-4 TODO ", "9-13 TODO "), found(m, "TODO and TODO."));
        assertEquals(List.of("1-5 TODO "), found(m, "éTODO"), "only ASCII word characters count as words here");
    }

    @Test
    void literalPhrasesSpanAnyWhiteSpaceAndCapitalsKeepTheirCase() {
        PhraseMatcher m = PhraseMatcher.of(List.of(Phrase.literal("Lorem ipsum"), Phrase.literal("TODO")),
                Edges.ASCII_WORDS_AND_HYPHENS);
        assertEquals(List.of("0-13 lorem \n ipsum "), found(m, "lorem \n ipsum"));
        assertEquals(List.of(), found(m, "a todo app, a Todo list"));
        assertEquals(List.of("0-8 a.b (c)* "),
                found(PhraseMatcher.of(List.of(Phrase.literal("a.b (c)*")), Edges.WORDS), "a.b (c)* axb c"),
                "literal phrases are not regular expressions");
    }

    @Test
    void atOnePlaceTheFirstListedPhraseWins() {
        PhraseMatcher m = PhraseMatcher.of(List.of(new Phrase("master", false, "first"),
                new Phrase("master[/ -]slave", false, "second")), Edges.WORDS);
        assertEquals(List.of("0-6 master first"), found(m, "master/slave"));
        PhraseMatcher longerFirst = PhraseMatcher.of(List.of(new Phrase("master[/ -]slave", false, "second"),
                new Phrase("master", false, "first")), Edges.WORDS);
        assertEquals(List.of("0-12 master/slave second"), found(longerFirst, "master/slave"));
    }

    @Test
    void phrasesWithLettersBeyondAsciiFoldCaseAsUnicode() {
        PhraseMatcher m = PhraseMatcher.of(List.of(Phrase.literal("à faire")), Edges.ASCII_WORDS_AND_HYPHENS);
        assertEquals(List.of("0-7 À FAIRE "), found(m, "À FAIRE"));
    }

    @Test
    void anEmptyListFindsNothing() {
        assertEquals(List.of(), PhraseMatcher.of(List.of(), Edges.WORDS).find("anything at all"));
    }

    @Test
    void aDataFileGivesPatternsAndNotesAndAMalformedEntryNamesItsLine() {
        PhraseMatcher m = PhraseMatcher.load(PhraseMatcherTest.class, "phrases.tsv", Edges.WORDS);
        assertEquals(List.of(new Phrase("red\\s+button", false, "colour"), new Phrase("beep", false, "")), m.phrases());
        assertEquals(List.of("4-14 red button colour"), found(m, "the red button"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PhraseMatcher.load(PhraseMatcherTest.class, "malformed-phrases.tsv", Edges.WORDS));
        assertTrue(e.getMessage().startsWith("malformed-phrases.tsv:3: not a regular expression"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PhraseMatcher.load(PhraseMatcherTest.class, "none.tsv", Edges.WORDS));
    }

    @Test
    void skippingPositionsWherePhrasesCannotStartFindsWhatAScanOfEveryPositionFinds() throws IOException {
        List<PhraseMatcher> matchers = List.of(
                PhraseMatcher.load(SensoryLanguageRule.class, "sensory-language.tsv", Edges.WORDS),
                PhraseMatcher.load(InclusiveLanguageRule.class, "inclusive-language.tsv", Edges.WORDS),
                PhraseMatcher.of(Stream.of("Lorem ipsum", "TODO", "TBD", "FIXME", "XXX", "coming soon", "a", "é")
                        .map(Phrase::literal).toList(), Edges.ASCII_WORDS_AND_HYPHENS),
                PhraseMatcher.of(List.of(new Phrase("(the\\s+)?(red|green)\\s+buttons?", false, ""),
                        new Phrase("x?", false, ""), new Phrase("[Çç]a", false, "")), Edges.WORDS));
        String samples = "Click the red button. TODO: the Green  buttons, whitelist; Lorem\nipsum ÇA ça é a x. XXX";
        for (PhraseMatcher m : matchers) assertEquals(m.findEverywhere(samples), m.find(samples), samples);
        Path corpus = SharedData.path("corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(600).toList();
        }
        int found = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            for (PhraseMatcher m : matchers) {
                List<PhraseMatcher.Match> all = m.findEverywhere(text);
                assertEquals(all, m.find(text), f.toString());
                found += all.size();
            }
        }
        assertTrue(found > 100, "only " + found + " matches in " + files.size() + " files");
    }
}
