package dev.contentlint.rules.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.speller.Speller;

/**
 * Whether a word is spelled right in some variant of English, by the US and British dictionaries LanguageTool
 * ships: a page written in British English ("organisations", "finalised") is not misspelled for a run checked as
 * US English, nor the other way round. A word wrong in both ("organisatoins") still is.
 */
final class EnglishDictionaries {
    private static final String[] VARIANTS = {"en_US", "en_GB"};

    /**
     * Prefixes that English joins to a word without a hyphen in technical writing ("subrequest", "multiline",
     * "metapackage", "syscalls", "unencoded"), and the fewest letters the rest must have: a short rest is more
     * likely a slip ("untill") than a compound.
     */
    private static final List<Prefix> PREFIXES = List.of(new Prefix("multi", 4), new Prefix("meta", 4),
            new Prefix("super", 4), new Prefix("inter", 4), new Prefix("micro", 4), new Prefix("sub", 4),
            new Prefix("sys", 4), new Prefix("pre", 5), new Prefix("non", 4), new Prefix("un", 5),
            new Prefix("re", 5));

    private record Prefix(String text, int minRest) {}

    /** Spellers are not safe to share between threads; the dictionaries they read are. */
    private static final ThreadLocal<List<Speller>> SPELLERS = ThreadLocal.withInitial(EnglishDictionaries::spellers);

    private static volatile List<morfologik.stemming.Dictionary> dictionaries;

    private EnglishDictionaries() {
    }

    /** Whether {@code language} is a variant of English, the only language these dictionaries judge. */
    static boolean english(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /**
     * Whether the dictionary of another variant of English than {@code language} holds {@code word}, as written
     * or in lower case. The page's own variant is LanguageTool's to judge, with the words it prohibits.
     */
    static boolean otherVariant(String word, String language) {
        String own = language.replace('-', '_').toLowerCase(Locale.ROOT);
        List<Speller> spellers = SPELLERS.get();
        for (int i = 0; i < VARIANTS.length; i++)
            if (!VARIANTS[i].toLowerCase(Locale.ROOT).equals(own) && holds(spellers.get(i), word)) return true;
        return false;
    }

    /** Whether some English dictionary holds {@code word}, as written or in lower case. */
    static boolean known(String word) {
        for (Speller s : SPELLERS.get()) if (holds(s, word)) return true;
        return false;
    }

    private static boolean holds(Speller s, String word) {
        if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019')) return false;
        if (!s.isMisspelled(word)) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && !s.isMisspelled(lower);
    }

    /** Whether {@code word} is a prefix joined to a word some English dictionary holds ("subrequests"). */
    static boolean prefixed(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Prefix p : PREFIXES) {
            if (!lower.startsWith(p.text())) continue;
            String rest = lower.substring(p.text().length());
            if (rest.length() >= p.minRest() && known(rest)) return true;
        }
        return false;
    }

    /**
     * Endings English adds to a word to make another ("cacheable", "namespacing", "daemonized", "errored"), with
     * the fewest letters the stem must keep. A dictionary lists the derived forms of the words it knows, but
     * not those of words it knows only as nouns, as technical writing uses them.
     */
    private static final List<String> ENDINGS = List.of("ability", "ably", "able", "ization", "izing", "ized",
            "izes", "ize", "ing", "ed", "ers", "er");
    private static final int MIN_STEM = 4;

    /**
     * Whether {@code word} is a word some English dictionary holds with an ending of {@link #ENDINGS}, with a
     * dropped final "e" restored ("namespac-ing"), itself with one more ending ("daemon-iz-ed") or a prefix
     * ("un-cache-able"). A stem cut short ("writt-ing") or of three letters or fewer ("run-ing") is not one.
     */
    static boolean derived(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.chars().allMatch(Character::isLetter)) return false;
        if (derived(lower, 2)) return true;
        for (Prefix p : PREFIXES)
            if (lower.startsWith(p.text()) && lower.length() - p.text().length() >= p.minRest()
                    && derived(lower.substring(p.text().length()), 2)) return true;
        return false;
    }

    private static boolean derived(String w, int depth) {
        for (String ending : ENDINGS) {
            if (!w.endsWith(ending)) continue;
            String stem = w.substring(0, w.length() - ending.length());
            if (stem.length() < MIN_STEM) continue;
            if (known(stem) || known(stem + "e") || depth > 1 && derived(stem, depth - 1)) return true;
        }
        return false;
    }

    /**
     * The frequency class from which a word counts as one of the most used: LanguageTool's dictionaries rate
     * words from A (rare) to Z; from N up there are about 2,600 words ("session", "received", "interest").
     */
    private static final char COMMON_CLASS = 'N';
    private static volatile Set<String> common;

    /** Whether {@code word} is among the most used words of the US English dictionary, as written or in lower case. */
    static boolean common(String word) {
        Set<String> c = common;
        if (c == null) {
            synchronized (EnglishDictionaries.class) {
                if (common == null) common = commonWords(dictionaries().get(0));
                c = common;
            }
        }
        return c.contains(word) || c.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> commonWords(morfologik.stemming.Dictionary d) {
        Set<String> out = new java.util.HashSet<>();
        byte separator = d.metadata.getSeparator();
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(d.metadata.getEncoding());
        for (java.nio.ByteBuffer entry : d.fsa) {
            int start = entry.position();
            int end = entry.limit();
            int k = start;
            while (k < end && entry.get(k) != separator) k++;
            if (k + 1 >= end || entry.get(k + 1) < COMMON_CLASS) continue;
            byte[] word = new byte[k - start];
            entry.get(start, word);
            out.add(new String(word, charset));
        }
        return Set.copyOf(out);
    }

    private static List<Speller> spellers() {
        List<Speller> out = new ArrayList<>();
        for (morfologik.stemming.Dictionary d : dictionaries()) out.add(new Speller(d));
        return out;
    }

    private static List<morfologik.stemming.Dictionary> dictionaries() {
        List<morfologik.stemming.Dictionary> d = dictionaries;
        if (d != null) return d;
        synchronized (EnglishDictionaries.class) {
            if (dictionaries != null) return dictionaries;
            List<morfologik.stemming.Dictionary> read = new ArrayList<>();
            for (String v : VARIANTS) {
                URL url = EnglishDictionaries.class.getResource("/org/languagetool/resource/en/hunspell/" + v + ".dict");
                if (url == null) throw new IllegalStateException("LanguageTool's " + v + " dictionary is not on the class path");
                try {
                    read.add(morfologik.stemming.Dictionary.read(url));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dictionaries = List.copyOf(read);
            return dictionaries;
        }
    }
}
