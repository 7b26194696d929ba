package dev.contentlint.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence and word rules of docs/readability.md. */
class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsInitialsAndLowerCaseContinuationsDoNotEndSentences() {
        assertEquals(List.of("Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3 in the U.S. Embassy.", "Prof. J. R. Miller came."),
                sentences("Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3 in the U.S. Embassy. Prof. J. R. Miller came."));
        assertEquals(List.of("\"Is it taken?\" cried his wife.", "Wait... what?!"),
                sentences("\"Is it taken?\" cried his wife. Wait... what?!"));
        assertEquals(List.of("We stopped, etc.", "Then we left."), sentences("We stopped, etc. Then we left."));
    }

    @Test
    void listLinesAndBlockEndsEndSentences() {
        assertEquals(List.of("Check this:", "the build passes", "links work"),
                sentences("Check this:\n- the build passes\n- links work"));
        assertEquals(List.of("Run the linter.", "Fix it"), sentences("1. Run the linter.\n2. Fix it"));
    }

    @Test
    void wordsAreTokensWithoutTheirEdgePunctuation() {
        List<Sentence> s = SentenceSplitter.split("Don't re-enter the well-known area \u2014 it's $3,400,000 -- (really) _hot_.");
        assertEquals(List.of("Don't", "re-enter", "the", "well-known", "area", "it's", "3,400,000", "really", "hot"),
                s.get(0).words().stream().map(Word::core).toList());
        assertEquals(1, s.size());
    }

    @Test
    void removedCodeBeforeALowerCaseWordMayStartASentence() {
        String text = "The output is English.  just displays it.";
        assertEquals(1, SentenceSplitter.split(text).size());
        assertEquals(2, SentenceSplitter.split(text, new int[] {23}).size());
    }

    @Test
    void complexWordsLeaveOutCompoundsAndInflections() {
        Word w = SentenceSplitter.split("beautiful").get(0).words().get(0);
        assertEquals(3, w.syllables());
        assertEquals(true, w.complex());
        assertEquals(false, new Word(0, 9, "well-read", 3, 8, 0).complex());
        assertEquals(false, new Word(0, 7, "created", 3, 7, 0).complex());
        assertEquals(true, new Word(0, 10, "dedicated", 4, 9, 0).complex());
    }
}
