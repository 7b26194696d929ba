package dev.contentlint.core.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Counts the syllables of a word: the CMU Pronouncing Dictionary first (its first pronunciation),  (the fewest syllables of its
 * pronunciations), then {@link SyllableRules} for words it does not hold. Compounds and dotted words are counted part by part.
 */
public final class Syllables {
    private static final String RESOURCE = "cmudict-syllables.txt.gz";

    private Syllables() {}

    /** Loaded on first use: about 126,000 words, read once per JVM. */
    private static final class Dictionary {
        static final Map<String, Byte> WORDS = load();

        private static Map<String, Byte> load() {
            Map<String, Byte> words = new HashMap<>(180_000);
            try (InputStream in = Syllables.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16);
                for (String line; (line = r.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) words.put(line.substring(0, tab), Byte.parseByte(line.substring(tab + 1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return words;
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
        return Dictionary.WORDS.containsKey(lowerCaseWord);
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
        Byte b = Dictionary.WORDS.get(w);
        return b == null ? null : (int) b;
    }
}
