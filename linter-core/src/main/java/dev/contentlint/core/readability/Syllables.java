package dev.contentlint.core.readability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Counts the syllables of a word: the CMU Pronouncing Dictionary first (the fewest syllables of its
 * pronunciations), then {@link SyllableRules} for words it does not hold. Compounds and dotted words are counted part by part.
 */
public final class Syllables {
    private static final String RESOURCE = "cmudict-syllables.txt.gz";

    private Syllables() {}

    /**
     * Loaded on first use: about 126,000 words, read once per JVM. The table is kept as its own bytes (ASCII
     * lines "word TAB count", sorted by word, as the build script writes them) with the start of each line,
     * and looked up by binary search: reading it takes a few tens of milliseconds, where building a map of
     * 126,000 strings took several hundred, which every one-file run paid.
     */
    private static final class Dictionary {
        static final byte[] TEXT;
        static final int[] STARTS;

        static {
            byte[] text;
            try (InputStream in = Syllables.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                text = new GZIPInputStream(in, 1 << 16).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            int lines = 0;
            for (byte c : text) if (c == '\n') lines++;
            int[] starts = new int[lines + 1];
            int n = 0;
            for (int i = 0; i < text.length; i++)
                if (i == 0 || text[i - 1] == '\n') starts[n++] = i;
            TEXT = text;
            STARTS = Arrays.copyOf(starts, n);
        }

        /** The count of {@code word}, or -1 when the table does not hold it. */
        static int get(String word) {
            int lo = 0;
            int hi = STARTS.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = compare(STARTS[mid], word);
                if (cmp < 0) lo = mid + 1;
                else if (cmp > 0) hi = mid - 1;
                else return count(STARTS[mid] + word.length() + 1);
            }
            return -1;
        }

        /** Compares the word of the line at {@code start} with {@code word}, in the table's (byte) order. */
        private static int compare(int start, String word) {
            int i = start;
            for (int k = 0; k < word.length(); k++, i++) {
                int b = i < TEXT.length && TEXT[i] != '\t' ? TEXT[i] & 0xff : -1;
                int c = word.charAt(k);
                if (b != c) return b < c ? -1 : 1;
            }
            return i < TEXT.length && TEXT[i] != '\t' ? 1 : 0;
        }

        private static int count(int at) {
            int n = 0;
            for (int i = at; i < TEXT.length && TEXT[i] >= '0' && TEXT[i] <= '9'; i++) n = n * 10 + (TEXT[i] - '0');
            return n;
        }
    }

    /** Syllables of a word core (see {@link Word}): at least 1; a number is 1. */
    public static int count(String core) {
        String w = core.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        if (w.codePoints().noneMatch(Character::isLetter)) return 1;
        // The dictionary writes initialisms with their final dot ("u.s." is two syllables, "u.s" is "us").
        Integer whole = w.indexOf('.') >= 0 ? lookup(w + ".") : null;
        if (whole == null) whole = lookup(w);
        if (whole != null) return Math.max(1, whole);
        int sum = 0;
        int i = 0, n = w.length();
        while (i < n) {
            while (i < n && !Character.isLetter(w.charAt(i))) i++;
            int from = i;
            while (i < n && (Character.isLetter(w.charAt(i)) || w.charAt(i) == '\'' && i + 1 < n
                    && Character.isLetter(w.charAt(i + 1)))) i++;
            if (i > from) sum += part(w.substring(from, i));
        }
        return Math.max(1, sum);
    }

    /** Whether the dictionary holds the word (lower case). */
    public static boolean known(String lowerCaseWord) {
        return Dictionary.get(lowerCaseWord) >= 0;
    }

    private static int part(String p) {
        Integer known = lookup(p);
        if (known != null) return known;
        if (p.endsWith("'s")) {
            String base = p.substring(0, p.length() - 2);
            Integer b = lookup(base);
            int syllables = b != null ? b : SyllableRules.count(base);
            // "boss's", "church's", "judge's": the possessive adds a syllable after a sibilant.
            return syllables + (base.matches(".*(s|x|z|ch|sh|ce|ge|se|ze)") ? 1 : 0);
        }
        if (p.indexOf('\'') >= 0) {
            Integer b = lookup(p.replace("'", ""));
            if (b != null) return b;
        }
        return SyllableRules.count(p.replace("'", ""));
    }

    private static Integer lookup(String w) {
        int n = Dictionary.get(w);
        return n < 0 ? null : n;
    }
}
