package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which flagged words are closed compounds of two dictionary words, and which are slips that join two words. */
class WordsTest {
    @Test
    void aWordTheSpellCheckerSplitsIntoTwoWordsIsACompound() {
        assertTrue(Words.closedCompound("bugfix", List.of("bug fix")));
        assertTrue(Words.closedCompound("Bugfixes", List.of("Bug fixes")));
        assertTrue(Words.closedCompound("codepage", List.of("code pages", "code page")));
        assertTrue(Words.closedCompound("passthrough", List.of("pass through")));
    }

    @Test
    void slipsOfTheSpaceBarAreNoCompounds() {
        assertFalse(Words.closedCompound("everytime", List.of("every time")), "a function word first");
        assertFalse(Words.closedCompound("eachother", List.of("each other")));
        assertFalse(Words.closedCompound("thankyou", List.of("thank you")), "an object pronoun second");
        assertFalse(Words.closedCompound("loadbalancing", List.of("load balancing")), "a noun and an -ing form");
    }

    @Test
    void otherSuggestionsMakeNoCompound() {
        assertFalse(Words.closedCompound("recieve", List.of("receive")));
        assertFalse(Words.closedCompound("aswell", List.of("as well")), "a half under 3 letters");
        assertFalse(Words.closedCompound("docset", List.of("Dorset")));
        assertFalse(Words.closedCompound("bugfix", List.of("bug fix it")), "three words");
        assertFalse(Words.closedCompound("bug-fix", List.of("bug fix")), "letters only");
        assertFalse(Words.closedCompound("subprocess", List.of()));
    }

    @Test
    void aSuggestionInOtherCapitalsMeansTheLettersAreRight() {
        assertTrue(Words.caseOnly("haskell", List.of("Haskell", "Rascal")));
        assertFalse(Words.caseOnly("hader", List.of("harder", "header")));
    }

    @Test
    void aMisspellingIsAFewSlipsFromASuggestionWithTheSameFirstLetter() {
        assertTrue(Words.closeSuggestion("conncetions", List.of("connections")), "one swap");
        assertTrue(Words.closeSuggestion("beginining", List.of("beginning")), "two letters");
        assertTrue(Words.closeSuggestion("teh", List.of("the")), "a swap in a short word");
        assertTrue(Words.closeSuggestion("everytime", List.of("every time")), "a space dropped");
        assertFalse(Words.closeSuggestion("ther", List.of("these")), "two slips are too many for a short word");
        assertFalse(Words.closeSuggestion("getpwuid", List.of("Wetproof")), "far from every suggestion");
        assertFalse(Words.closeSuggestion("epoll", List.of("poll")), "the first letter differs");
        assertFalse(Words.closeSuggestion("svdh", List.of("SVD")), "an acronym for a word in lower case");
        assertFalse(Words.closeSuggestion("cacheable", List.of()), "no suggestion");
        assertFalse(Words.closeSuggestion("shmcb", List.of("shock")), "two slips are too many for five letters");
        assertTrue(Words.closeSuggestion("sitee", List.of("site")));
        assertEquals(1, Words.slips("adivsable", "advisable"));
        assertEquals(2, Words.slips("ther", "these"));
    }
}
