package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which words EnglishDictionaries knows from another variant of English or as a prefixed word. */
class EnglishDictionariesTest {
    @Test
    void aBritishSpellingIsRightForAUsPageAndAUsSpellingForABritishOne() {
        assertTrue(EnglishDictionaries.otherVariant("organisations", "en-US"));
        assertTrue(EnglishDictionaries.otherVariant("Finalised", "en-US"));
        assertTrue(EnglishDictionaries.otherVariant("organizations", "en-GB"));
        assertFalse(EnglishDictionaries.otherVariant("organisatoins", "en-US"), "wrong in every variant");
        assertFalse(EnglishDictionaries.otherVariant("colourr", "en-GB"));
    }

    @Test
    void aPrefixJoinedToADictionaryWordIsAWordButNotAPrefixJoinedToATypo() {
        assertTrue(EnglishDictionaries.prefixed("subrequests"));
        assertTrue(EnglishDictionaries.prefixed("multiline"));
        assertTrue(EnglishDictionaries.prefixed("syscalls"));
        assertTrue(EnglishDictionaries.prefixed("Metapackage"));
        assertFalse(EnglishDictionaries.prefixed("subreqeust"), "the rest is misspelled");
        assertFalse(EnglishDictionaries.prefixed("untill"), "too short a rest after a short prefix");
    }

    @Test
    void onlyEnglishIsJudged() {
        assertTrue(EnglishDictionaries.english("en-GB"));
        assertFalse(EnglishDictionaries.english("de-DE"));
    }
}
