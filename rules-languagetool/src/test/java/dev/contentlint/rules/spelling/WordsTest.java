package dev.contentlint.rules.spelling;

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
}
