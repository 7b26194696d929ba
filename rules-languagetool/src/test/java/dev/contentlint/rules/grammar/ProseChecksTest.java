package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which LanguageTool matches ProseChecks keeps. */
class ProseChecksTest {
    @Test
    void aRepeatedWordInAnotherCaseNamesAThingButTheSameWordTwiceIsATypo() {
        String text = "the parameter name Name is optional, and the the rest";
        int at = text.indexOf("name Name");
        assertTrue(ProseChecks.namesItself(text, at, at + "name Name".length()));
        int typo = text.indexOf("the the");
        assertFalse(ProseChecks.namesItself(text, typo, typo + "the the".length()));
        assertFalse(ProseChecks.namesItself(text, 0, 3), "one word is no repetition");
    }

    @Test
    void aQuotedTokenOrAQuotedValueIsALiteralButQuotedWordsAreNot() {
        String text = "omit \"System.\". The header \"en-GB; q=0.9, fr; q=0.8\" and \"this are words\" here";
        int system = text.indexOf("System");
        assertTrue(ProseChecks.inQuotedLiteral(text, system, system + 9), "a token without spaces");
        int fr = text.indexOf("fr;");
        assertTrue(ProseChecks.inQuotedLiteral(text, fr, fr + 2), "a value with code characters");
        int words = text.indexOf("this are");
        assertFalse(ProseChecks.inQuotedLiteral(text, words, words + 8), "quoted words are prose");
        int header = text.indexOf("The header");
        assertFalse(ProseChecks.inQuotedLiteral(text, header, header + 3), "outside the quotes");
    }

    @Test
    void capitalisedWordsAreANameButAPhraseInLowerCaseIsNot() {
        String text = "- Jane Doe - Quuxware, and java script";
        assertTrue(ProseChecks.capitalisedWords(text, 2, 10));
        int lower = text.indexOf("java script");
        assertFalse(ProseChecks.capitalisedWords(text, lower, lower + 11));
        assertFalse(ProseChecks.capitalisedWords(text, 2, 6), "one word is no multi-word name");
    }
}
