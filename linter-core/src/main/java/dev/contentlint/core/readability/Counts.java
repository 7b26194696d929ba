package dev.contentlint.core.readability;

import java.util.Collection;

/**
 * The counts readability formulas take, over some stretch of prose.
 *
 * @param words         words (see the counting rules in docs/readability.md)
 * @param sentences     sentences with at least one word
 * @param syllables     syllables in all words
 * @param polysyllables words of three or more syllables (SMOG)
 * @param complexWords  Gunning's complex words (Fog)
 * @param letters       Unicode letters in the words (Coleman–Liau)
 * @param characters    letters and digits in the words (ARI)
 */
public record Counts(int words, int sentences, int syllables, int polysyllables, int complexWords, int letters,
                     int characters) {
    /** Nothing counted. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** The counts of some sentences. */
    public static Counts of(Collection<Sentence> sentences) {
        int w = 0, y = 0, p = 0, c = 0, l = 0, k = 0;
        for (Sentence s : sentences) {
            for (Word word : s.words()) {
                w++;
                y += word.syllables();
                if (word.polysyllabic()) p++;
                if (word.complex()) c++;
                l += word.letters();
                k += word.letters() + word.digits();
            }
        }
        return new Counts(w, sentences.size(), y, p, c, l, k);
    }

    public Counts plus(Counts o) {
        return new Counts(words + o.words, sentences + o.sentences, syllables + o.syllables,
                polysyllables + o.polysyllables, complexWords + o.complexWords, letters + o.letters,
                characters + o.characters);
    }
}
