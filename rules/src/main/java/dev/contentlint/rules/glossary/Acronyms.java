package dev.contentlint.rules.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms in prose (two or more capitals, digits allowed: RSD, HTTP2) and decides whether a phrase
 * plausibly expands one ("Rejection Sensitivity Dysphoria" for RSD, but not "see" for FAQ).
 */
public final class Acronyms {
    private static final String ALLOW_LIST = "dev/contentlint/rules/glossary/common-acronyms.txt";

    /**
     * A run of capitals and digits that starts with a capital, with an optional plural or possessive. Not
     * preceded by characters that make it part of a path, handle, file extension or identifier.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./\\\\@#$%&+=~-])(?<acr>[A-Z][A-Z0-9]*[A-Z0-9])(?<infl>s|['\\u2019]s|['\\u2019])?"
                    + "(?![\\p{L}\\p{N}_@&+=~]|[./\\\\-]\\p{L}|[./\\\\-]\\p{N})");

    /** II to XXXIX and the like: numbering, not acronyms. */
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    /** Small words a long form may skip (the "of" in "Department of Energy" gives no letter to DOE... or does). */
    private static final Set<String> MINOR = Set.of("of", "and", "the", "for", "in", "on", "to", "a", "an", "&", "by",
            "with", "or", "at", "de", "du", "la", "le", "des", "von", "für", "und");

    private static volatile Set<String> common;

    private Acronyms() {}

    /** One acronym found in a text: {@code [start, end)} covers the acronym without its plural or possessive. */
    public record Token(String acronym, int start, int end) {}

    /** Whether {@code s} has the shape of an acronym: capitals and digits, starting with a capital, at least two capitals. */
    public static boolean isAcronymLike(String s) {
        if (s.length() < 2 || s.length() > 12 || !Character.isUpperCase(s.charAt(0))) return false;
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') capitals++;
            else if (c < '0' || c > '9') return false;
        }
        return capitals >= 2;
    }

    /** The acronyms in {@code text}, in order; Roman numerals and words shouted in capitals are left out. */
    public static List<Token> find(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String a = m.group("acr");
            if (!isAcronymLike(a) || ROMAN.matcher(a).matches() || looksLikeWord(a) || isCode(a)) continue;
            out.add(new Token(a, m.start("acr"), m.end("acr")));
        }
        if (out.size() >= 3 && shouted(text, out)) return List.of();
        return withoutShoutedRuns(text, out);
    }

    /** A word in capitals, accented letters included: what a run of shouted words is made of. */
    private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{Lu}[\\p{Lu}\\p{N}]*\\p{Lu}(?![\\p{L}\\p{N}_])");

    /**
     * A long all-capitals token with the vowels of an ordinary word (SYNTAX, DESCRIPTION, EXAMPLES) is a word
     * set in capitals, not an acronym; acronyms that long are rare and mostly consonants (DNSSEC, HTTPS).
     */
    static boolean looksLikeWord(String token) {
        if (token.length() < 6) return false;
        int vowels = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') return false;
            if ("AEIOUY".indexOf(c) >= 0) vowels++;
        }
        return vowels * 10 >= token.length() * 3;
    }

    /**
     * Drops runs of capitalised words that are emphasis or a name set in capitals rather than acronyms: three
     * or more in a row ("NOT ACCEPTABLE OR GONE"), or two in a row that both read as words ("SO VERY",
     * "AMY TOBEY"). Two real acronyms side by side ("SSL FIPS", "HTTP GET") stay.
     */
    private static List<Token> withoutShoutedRuns(String text, List<Token> tokens) {
        if (tokens.size() < 2) return tokens;
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).matches("[\\s\\u00A0:,*_]+"))
                j++;
            int run = j - i + 1;
            boolean wordy = true;
            for (int k = i; k <= j; k++) wordy &= vowelRatio(tokens.get(k).acronym()) >= 0.3;
            if (run == 1 || run == 2 && !wordy) out.addAll(tokens.subList(i, j + 1));
            i = j + 1;
        }
        return out;
    }

    /**
     * The {@code tokens} of {@code text} outside runs of words in capitals, counting every word in capitals
     * and not only those {@link #find} keeps: in "KAYLA REOPELLE:" the second word reads as a word and is no
     * token, which leaves KAYLA standing alone for {@link #find}. A list of candidate terms and the acronym
     * rule both want such speaker labels gone.
     */
    public static List<Token> outsideCapitalRuns(String text, List<Token> tokens) {
        if (tokens.isEmpty()) return tokens;
        List<int[]> words = new ArrayList<>();
        Matcher m = CAPITAL_WORD.matcher(text);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        List<int[]> dropped = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && text.substring(words.get(j)[1], words.get(j + 1)[0]).matches("[\\s\\u00A0:,*_]+"))
                j++;
            int run = j - i + 1;
            boolean wordy = true;
            for (int k = i; k <= j; k++) wordy &= vowelRatio(text.substring(words.get(k)[0], words.get(k)[1])) >= 0.3;
            if (run >= 3 || run == 2 && wordy) dropped.add(new int[] {words.get(i)[0], words.get(j)[1]});
            i = j + 1;
        }
        if (dropped.isEmpty()) return tokens;
        List<Token> out = new ArrayList<>();
        for (Token t : tokens)
            if (dropped.stream().noneMatch(d -> t.start() >= d[0] && t.end() <= d[1])) out.add(t);
        return out;
    }

    private static double vowelRatio(String token) {
        int vowels = 0;
        for (int i = 0; i < token.length(); i++)
            if ("AEIOUY".indexOf(Character.toUpperCase(baseLetter(token.charAt(i)))) >= 0) vowels++;
        return (double) vowels / token.length();
    }

    /** The letter without its accent (Ö is O), so accented vowels count as vowels. */
    private static char baseLetter(char c) {
        String plain = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return plain.isEmpty() ? c : plain.charAt(0);
    }

    /** Letters then two or more digits (AC05, RC02, X11): a rule, model or version code rather than an acronym. */
    private static boolean isCode(String token) {
        return token.matches("[A-Z]+[0-9]{2,}") && !token.startsWith("RFC") && !token.startsWith("SHA");
    }

    /** A block mostly in capitals ("WARNING: DO NOT EDIT") is emphasis, not a list of acronyms. */
    private static boolean shouted(String text, List<Token> tokens) {
        int words = 0;
        Matcher w = Pattern.compile("\\p{L}{2,}").matcher(text);
        while (w.find()) words++;
        return words > 0 && tokens.size() * 2 > words;
    }

    /** The shipped allow-list: acronyms common enough that no reader needs them expanded. */
    public static Set<String> common() {
        Set<String> c = common;
        if (c != null) return c;
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = Acronyms.class.getClassLoader().getResourceAsStream(ALLOW_LIST)) {
            if (in == null) throw new IllegalStateException("missing resource " + ALLOW_LIST);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                for (String word : body.split("[\\s,]+")) if (!word.isEmpty()) out.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        c = Collections.unmodifiableSet(out);
        common = c;
        return c;
    }

    /**
     * Where the expansion of {@code acronym} starts in {@code longForm} (a phrase just before or just inside
     * parentheses), or -1 when the phrase does not plausibly expand it. The letters of the acronym must occur
     * in order in the phrase, the first at the start of a word, most of them at the start of words or of
     * capitalised parts (HyperText), and the phrase may not be much longer than the acronym needs.
     */
    public static int expansionStart(String acronym, String longForm) {
        String a = acronym.toLowerCase(java.util.Locale.ROOT);
        String l = longForm;
        // A clipped word: "Americas (AMER)".
        int lastWord = l.length();
        while (lastWord > 0 && Character.isLetterOrDigit(l.charAt(lastWord - 1))) lastWord--;
        if (l.length() - lastWord > a.length() && l.substring(lastWord).toLowerCase(java.util.Locale.ROOT).startsWith(a))
            return lastWord;
        int li = l.length() - 1;
        int atWordStart = 0;
        int letters = 0;
        for (int ai = a.length() - 1; ai >= 0; ai--) {
            char c = a.charAt(ai);
            if (!Character.isLetterOrDigit(c)) continue;
            letters++;
            // Prefer the nearest letter that starts a word ("Windows Management Instrumentation" for WMI, not
            // the m inside "Instrumentation"); the first letter of the acronym must start a word.
            int p = findBack(l, li, c, true);
            if (p < 0 && ai > 0) p = findBack(l, li, c, false);
            if (p < 0) return -1;
            if (isInitial(l, p)) atWordStart++;
            li = p - 1;
        }
        int start = li + 1;
        if (atWordStart * 3 < letters * 2) return -1;
        // The phrase from the matched start: every significant word must contribute a letter, or it is too long.
        String phrase = l.substring(start);
        int significant = 0;
        for (String w : phrase.split("[\\s\\u00A0\\-]+"))
            if (!w.isEmpty() && !MINOR.contains(w.toLowerCase(java.util.Locale.ROOT))) significant++;
        if (significant > letters + 1 || significant == 0) return -1;
        return start;
    }

    private static int findBack(String l, int from, char c, boolean initialsOnly) {
        for (int i = from; i >= 0; i--)
            if (Character.toLowerCase(l.charAt(i)) == c && (!initialsOnly || isInitial(l, i))) return i;
        return -1;
    }

    /** The start of a word, a capital inside one (HyperText), or any letter of a word in capitals (COM in DCOM). */
    private static boolean isInitial(String s, int i) {
        if (isWordStart(s, i) || isCapitalHump(s, i)) return true;
        if (!Character.isUpperCase(s.charAt(i))) return false;
        int b = i, e = i;
        while (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1))) b--;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) e++;
        for (int k = b; k < e; k++) if (Character.isLowerCase(s.charAt(k))) return false;
        return true;
    }

    private static boolean isWordStart(String s, int i) {
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static boolean isCapitalHump(String s, int i) {
        return Character.isUpperCase(s.charAt(i)) && i > 0 && Character.isLowerCase(s.charAt(i - 1));
    }
}
