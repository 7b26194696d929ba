package dev.contentlint.core.readability;

import java.util.Locale;

/**
 * Estimates syllables from spelling for words the pronouncing dictionary lacks (names, jargon, new
 * words): vowel groups, corrected for silent endings and for vowel pairs that are said as two.
 */
public final class SyllableRules {
    private SyllableRules() {}

    /** Estimated syllables of a word of letters: at least 1. */
    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (w.isEmpty()) return 1;
        if (w.length() <= 3) return 1;
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = vowel(w, i);
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        // Pairs of vowels that belong to two syllables ("radio", "science", "create", "dual").
        for (String pair : new String[] {"ia", "io", "eo", "ua", "uo", "iu", "ii", "ea", "ie"})
            for (int i = w.indexOf(pair); i >= 0; i = w.indexOf(pair, i + 1))
                if (splitPair(w, i, pair)) groups++;
        groups -= silentEnding(w);
        return Math.max(1, groups);
    }

    private static boolean vowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiouàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0) return true;
        // y is a vowel unless it starts the word or comes before a vowel ("yes", "player").
        return c == 'y' && i > 0 && (i + 1 >= w.length() || "aeiou".indexOf(w.charAt(i + 1)) < 0);
    }

    private static boolean splitPair(String w, int i, String pair) {
        String before = w.substring(0, i);
        String after = w.substring(i + 2);
        switch (pair) {
            case "ia", "io":
                // -tion, -sion, -cial, -cian, -gion: one syllable.
                return !(before.endsWith("t") || before.endsWith("s") || before.endsWith("c")
                        || before.endsWith("g") || before.endsWith("x") || before.endsWith("q"));
            case "ea":
                // "create", "idea", "area", but not "each", "read", "great".
                return after.isEmpty() || before.endsWith("cr") || after.startsWith("te") && !before.isEmpty()
                        && before.endsWith("r") && after.length() == 2;
            case "ie":
                // "science", "quiet", "client", but not "field", "piece", "tie".
                return after.startsWith("nt") || after.startsWith("nce") || after.equals("t") || after.startsWith("ty");
            case "ua":
                return !before.endsWith("q") && !before.endsWith("g");
            case "uo":
                return !before.endsWith("q");
            default:
                return true;
        }
    }

    private static int silentEnding(String w) {
        int n = w.length();
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !w.endsWith("ye")) {
            // "table", "little": a consonant before -le keeps its syllable.
            if (w.endsWith("le") && n > 2 && !vowelAt(w, n - 3)) return 0;
            return vowelAt(w, n - 2) ? 0 : 1;
        }
        if (w.endsWith("es") && n > 3) {
            String stem = w.substring(0, n - 2);
            if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
                    || stem.endsWith("sh") || stem.endsWith("c") || stem.endsWith("g")) return 0;
            return vowelAt(w, n - 3) ? 0 : 1;
        }
        if (w.endsWith("ed") && n > 3) {
            char before = w.charAt(n - 3);
            return before == 't' || before == 'd' || vowelAt(w, n - 3) && before != 'e' ? 0 : 1;
        }
        return 0;
    }

    private static boolean vowelAt(String w, int i) {
        return i >= 0 && "aeiouy".indexOf(w.charAt(i)) >= 0;
    }
}
