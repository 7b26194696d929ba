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
    void aDictionaryWordWithAnEndingIsAWordButATypoWithAnEndingIsNot() {
        assertTrue(EnglishDictionaries.derived("cacheable"));
        assertTrue(EnglishDictionaries.derived("uncacheable"), "a prefix before the derived word");
        assertTrue(EnglishDictionaries.derived("cacheability"));
        assertTrue(EnglishDictionaries.derived("namespacing"), "the dropped e restored");
        assertTrue(EnglishDictionaries.derived("daemonized"), "two endings");
        assertTrue(EnglishDictionaries.derived("queryable"));
        assertFalse(EnglishDictionaries.derived("writting"), "the stem is cut short");
        assertFalse(EnglishDictionaries.derived("runing"), "a stem of three letters");
        assertFalse(EnglishDictionaries.derived("provisionning"));
        assertFalse(EnglishDictionaries.derived("ocurring"));
        assertFalse(EnglishDictionaries.derived("calculared"));
    }

    @Test
    void onlyEnglishIsJudged() {
        assertTrue(EnglishDictionaries.english("en-GB"));
        assertFalse(EnglishDictionaries.english("de-DE"));
    }
}
