package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary a run teaches: words written in code, words flagged in many files, names, and typos that stay typos. */
class LearnedVocabularyTest {
    private static LearnedVocabulary threeFiles(String word) {
        return LearnedVocabulary.builder()
                .add(Set.of(), List.of(word)).add(Set.of(), List.of(word, word)).add(Set.of(), List.of(word))
                .build();
    }

    @Test
    void aWordWrittenInCodeAnywhereInTheRunIsAccepted() {
        LearnedVocabulary v = LearnedVocabulary.builder().add(Set.of("hashtable", "get"), List.of())
                .add(Set.of(), List.of("Hashtable")).build();
        assertTrue(v.accepts("hashtable", List.of("hash table"), true, 3));
        assertTrue(v.accepts("Hashtables", List.of(), true, 3), "case and plural do not matter");
        assertTrue(v.accepts("hashtable's", List.of(), true, 3));
        assertFalse(v.accepts("hashtable", List.of(), false, 3), "learn-from-code off");
        assertFalse(v.accepts("runspace", List.of(), true, 3));
    }

    @Test
    void aWordFlaggedInEnoughFilesIsLearned() {
        LearnedVocabulary v = threeFiles("keybinding");
        assertEquals(3, v.flaggedIn("keybinding"));
        assertEquals(3, v.flaggedIn("Keybindings"));
        assertTrue(v.accepts("keybinding", List.of("key binding", "keybindings"), true, 3));
        assertFalse(v.accepts("keybinding", List.of("key binding"), true, 4), "fewer files than asked");
        assertFalse(v.accepts("keybinding", List.of("key binding"), true, 0), "0 turns counting off");
    }

    @Test
    void aTypoIsNotLearnedHoweverOftenItRecurs() {
        assertFalse(threeFiles("recieve").accepts("recieve", List.of("receive"), true, 3), "two letters swapped");
        assertFalse(threeFiles("adress").accepts("adress", List.of("address"), true, 3), "a letter dropped");
        assertFalse(threeFiles("proxiy").accepts("proxiy", List.of("proxy"), true, 3), "a letter added");
        assertFalse(threeFiles("lenght").accepts("lenght", List.of("length"), true, 3));
        assertFalse(threeFiles("definately").accepts("definately", List.of("definitely"), true, 3), "a letter changed");
        assertTrue(threeFiles("cmdlet").accepts("cmdlet", List.of("cmd let", "Cmdlet"), true, 3),
                "a split or a change of case is no typing slip");
    }

    @Test
    void aTypoWrittenInCodeIsTheCodesName() {
        LearnedVocabulary v = LearnedVocabulary.builder().add(Set.of("recieve"), List.of("recieve")).build();
        assertTrue(v.accepts("recieve", List.of("receive"), true, 3));
    }

    @Test
    void aCapitalisedWordTheRunWritesAsANameIsANameAtASentenceStartToo() {
        LearnedVocabulary v = LearnedVocabulary.builder().names(Set.of("Zorblex", "Recieved"))
                .add(Set.of(), List.of("Zorblex", "Recieved", "recieved")).build();
        assertTrue(v.name("Zorblex"));
        assertFalse(v.name("Recieved"), "the run also writes it in lower case: a typo, capitalised at a start");
        assertFalse(v.name("Quornhal"), "never written inside a sentence");
        assertFalse(v.name("zorblex"), "a name is capitalised");
    }

    @Test
    void keysFoldCasePluralAndPossessive() {
        assertEquals("cmdlet", LearnedVocabulary.key("Cmdlets"));
        assertEquals("cmdlet", LearnedVocabulary.key("cmdlet\u2019s"));
        assertEquals("cmdlet", LearnedVocabulary.key("cmdlets'"));
        assertEquals("class", LearnedVocabulary.key("class"), "a double s is no plural");
        assertEquals("gas", LearnedVocabulary.key("gas"), "too short to strip");
    }
}
