package dev.contentlint.core.readability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences and words by the counting rules of docs/readability.md: segments (a block,
 * or a list line inside it) always end a sentence; tokens are split on whitespace, em dashes and runs of
 * hyphens; a token ending in {@code . ! ? …} ends a sentence unless it is an abbreviation or the next
 * token starts in lower case.
 */
public final class SentenceSplitter {
    /** Abbreviations whose single final dot does not end a sentence (compared in lower case, without the dot). */
    public static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "jr",
            "sr", "mt", "gen", "capt", "lt", "col", "sgt", "messrs", "vs", "viz", "cf", "approx", "fig", "vol", "pp",
            "co", "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    private static final Pattern LIST_LINE = Pattern.compile("(?:^|\\n)[ \\t]*(?:[-*+\u2022]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final String CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]}_*";
    private static final String OPENERS = "\"'\u201c\u2018\u00ab\u2039([{_*";

    private SentenceSplitter() {}

    /** The sentences of a block of prose; list lines inside it are segments of their own. */
    public static List<Sentence> split(String text) {
        return split(text, new int[0]);
    }

    /**
     * The sentences of a block of prose from which markup (inline code, URLs) was removed at the sorted text
     * indices {@code removed}: a token right after removed markup is not read as a lower-case continuation,
     * since the sentence may have started with the code ("`ls` lists files.").
     */
    public static List<Sentence> split(String text, int[] removed) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = LIST_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            segment(text, from, m.start(), removed, out);
            from = m.end();
        }
        segment(text, from, text.length(), removed, out);
        return out;
    }

    /** Adds the sentences of {@code text[from, to)}, a segment: its end ends a sentence. */
    public static void segment(String text, int from, int to, List<Sentence> out) {
        segment(text, from, to, new int[0], out);
    }

    private static void segment(String text, int from, int to, int[] removed, List<Sentence> out) {
        List<int[]> tokens = tokens(text, from, to);
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int t = 0; t < tokens.size(); t++) {
            int ts = tokens.get(t)[0], te = tokens.get(t)[1];
            if (start < 0) start = ts;
            Word w = word(text, ts, te);
            if (w != null) words.add(w);
            boolean last = t == tokens.size() - 1;
            int[] next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
            if (last || endsSentence(text, ts, te, next, next != null && removedBetween(removed, te, next[0]))) {
                if (!words.isEmpty()) out.add(new Sentence(start, te, words));
                words = new ArrayList<>();
                start = -1;
            }
        }
    }

    /** Token ranges: whitespace separates, and so do em dashes and runs of two or more hyphens. */
    private static List<int[]> tokens(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            for (int k; i < to && (k = separator(text, i, to)) > 0; ) i += k;
            int s = i;
            while (i < to && separator(text, i, to) == 0) i++;
            if (i > s) out.add(new int[] {s, i});
        }
        return out;
    }

    /** Length of the separator at {@code i}, or 0. */
    private static int separator(String text, int i, int to) {
        char c = text.charAt(i);
        if (c > ' ' && c < 128 && c != '-') return 0; // printable ASCII is neither white space nor a space character
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u2014') return 1;
        if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
            int j = i;
            while (j < to && text.charAt(j) == '-') j++;
            return j - i;
        }
        return 0;
    }

    /** The word in a token, or null when the token has no letter or digit. */
    private static Word word(String text, int ts, int te) {
        int s = ts, e = te;
        while (s < e && !Character.isLetterOrDigit(text.codePointAt(s))) s += Character.charCount(text.codePointAt(s));
        while (e > s && !Character.isLetterOrDigit(text.codePointBefore(e))) e -= Character.charCount(text.codePointBefore(e));
        if (s >= e) return null;
        String core = text.substring(s, e);
        int letters = 0, digits = 0;
        for (int i = 0; i < core.length(); ) {
            int cp = core.codePointAt(i);
            if (Character.isLetter(cp)) letters++;
            else if (Character.isDigit(cp)) digits++;
            i += Character.charCount(cp);
        }
        return Word.counted(s, e, core, letters, digits);
    }

    /** Whether a removal lies in {@code [from, to]}; {@code removed} is sorted, and a long paragraph has many. */
    private static boolean removedBetween(int[] removed, int from, int to) {
        int i = Arrays.binarySearch(removed, from);
        if (i < 0) i = -i - 1;
        return i < removed.length && removed[i] <= to;
    }

    private static boolean endsSentence(String text, int ts, int te, int[] next, boolean afterMarkup) {
        int e = te;
        while (e > ts && CLOSERS.indexOf(text.charAt(e - 1)) >= 0) e--;
        int t = e;
        while (t > ts && ".!?\u2026".indexOf(text.charAt(t - 1)) >= 0) t--;
        if (t == e) return false;
        if (e - t == 1 && text.charAt(t) == '.' && abbreviation(text, ts, t)) return false;
        if (next != null && !afterMarkup) {
            int n = next[0];
            while (n < next[1] && OPENERS.indexOf(text.charAt(n)) >= 0) n++;
            if (n < next[1] && Character.isLowerCase(text.codePointAt(n))) return false;
        }
        return true;
    }

    /** Whether {@code text[ts, dot)} is an abbreviation, so the dot at {@code dot} is not a full stop. */
    private static boolean abbreviation(String text, int ts, int dot) {
        int s = ts;
        while (s < dot && OPENERS.indexOf(text.charAt(s)) >= 0) s++;
        String before = text.substring(s, dot);
        if (before.isEmpty()) return false;
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) return true;
        if (INITIALISM.matcher(before).matches()) return true;
        return ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
    }
}
