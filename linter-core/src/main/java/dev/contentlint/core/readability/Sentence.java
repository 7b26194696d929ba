package dev.contentlint.core.readability;

import java.util.List;
import java.util.Locale;

/**
 * One sentence of a prose text: the range from its first to its last token and the words in it.
 *
 * @param start index of the sentence's first character in the prose text
 * @param end   index just past its last character (closing punctuation included)
 * @param words the words, in order; never empty
 */
public record Sentence(int start, int end, List<Word> words) {
    public Sentence {
        words = List.copyOf(words);
    }

    /** The first word in lower case, for comparing how sentences start. */
    public String firstWord() {
        return words.get(0).core().toLowerCase(Locale.ROOT);
    }

    /** The sentence's text, cut from the prose text it was read from. */
    public String text(String prose) {
        return prose.substring(start, end);
    }
}
