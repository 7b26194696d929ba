package dev.contentlint.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Syllables from the dictionary, from the spelling rules, and of compounds, numbers and initialisms. */
class SyllablesTest {
    @Test
    void dictionaryWordsTakeTheirFewestSyllables() {
        assertEquals(1, Syllables.count("the"));
        assertEquals(2, Syllables.count("every"));
        assertEquals(3, Syllables.count("possession"));
        assertEquals(4, Syllables.count("information"));
        assertEquals(2, Syllables.count("Mr"));
        assertEquals(1, Syllables.count("Don\u2019t"));
    }

    @Test
    void compoundsInitialismsNumbersAndUnknownWords() {
        assertEquals(4, Syllables.count("state-of-the-art"));
        assertEquals(2, Syllables.count("U.S"));
        assertEquals(1, Syllables.count("2023"));
        assertEquals(1, Syllables.count("3,400,000"));
        assertEquals(2, Syllables.count("boss's"));
        assertTrue(Syllables.count("zzyzxqv") >= 1);
    }

    @Test
    void spellingRulesOnWordsTheyWereNotWrittenFor() {
        assertEquals(1, SyllableRules.count("make"));
        assertEquals(2, SyllableRules.count("table"));
        assertEquals(1, SyllableRules.count("jumped"));
        assertEquals(2, SyllableRules.count("wanted"));
        assertEquals(3, SyllableRules.count("radio"));
        assertEquals(2, SyllableRules.count("boxes"));
    }

    /**
     * The fallback's agreement with the dictionary on every 10th dictionary word: published in
     * docs/readability.md, and held here so a change to the rules cannot make it much worse.
     */
    @Test
    void fallbackAgreesWithTheDictionaryOnMostWords() throws IOException {
        int all = 0, same = 0, off = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Syllables.class.getResourceAsStream("cmudict-syllables.txt.gz")), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                if (n++ % 10 != 0) continue;
                String[] p = line.split("\t");
                if (!p[0].matches("[a-z]+")) continue;
                int expected = Integer.parseInt(p[1]), got = SyllableRules.count(p[0]);
                all++;
                if (expected == got) same++;
                off += Math.abs(expected - got);
            }
        }
        double share = (double) same / all;
        System.out.printf(java.util.Locale.ROOT, "spelling rules agree with CMU on %d of %d words (%.1f%%), mean error %.3f%n",
                same, all, 100 * share, (double) off / all);
        assertTrue(share > 0.75, "fallback agrees on only " + share);
    }
}
