package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which flagged words SpellingCandidates holds are options or abbreviations rather than prose words. */
class SpellingCandidatesTest {
    private static boolean option(String text, String word) {
        int at = text.indexOf(word);
        return SpellingCandidates.option(text, at, at + word.length());
    }

    private static boolean abbreviation(String text, String word) {
        int at = text.indexOf(word);
        return SpellingCandidates.abbreviation(text, at, at + word.length());
    }

    @Test
    void aWordAfterADashAtTheStartOfATokenIsAnOption() {
        assertTrue(option("### -NoProfile | -nop", "nop"));
        assertTrue(option("pass --nol to hide it", "nol"));
        assertTrue(option("-cwa", "cwa"));
        assertFalse(option("a well-knwon fact", "knwon"), "a hyphenated word is no option");
        assertFalse(option("the nop option", "nop"), "without a dash it is a word");
    }

    @Test
    void aShortLowerCaseWordWithAPeriodInsideASentenceIsAnAbbreviation() {
        assertTrue(abbreviation("a document rsp. file", "rsp"));
        assertFalse(abbreviation("the last word is teh. Then", "teh"), "a sentence ends there");
        assertFalse(abbreviation("a recieved. file", "recieved"), "too long for an abbreviation");
        assertFalse(abbreviation("a teh file", "teh"), "no period");
    }
}
