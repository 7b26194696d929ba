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
}
