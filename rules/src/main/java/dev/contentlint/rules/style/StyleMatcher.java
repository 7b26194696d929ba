package dev.contentlint.rules.style;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a style rule's words and patterns in prose. Everything runs on RE2/J, whose matching time is
 * linear in the text, so no user pattern can hang a run.
 */
final class StyleMatcher {
    /** One match in prose text: {@code [start, end)} and, for a substitution, what to write instead. */
    record Hit(int start, int end, String text, List<String> suggestions) {}

    /** A letter, digit, underscore or hyphen continues a word, so a listed word never matches inside one. */
    private static final String WORD_CHAR = "\\p{L}\\p{N}\\p{M}_\\-";

    private final Pattern words;
    /**
     * The words of each listed entry, folded, under the entry's longest word (the likeliest to be rare in
     * prose); null when some entry has none, so every text is searched.
     */
    private final Map<String, List<Set<String>>> entryWords;
    private final List<Pattern> patterns;
    private final Map<String, List<String>> suggestions;
    private final Set<String> exceptions;
    private final boolean ignoreCase;

    /**
     * @param words       literal words and phrases matched as whole words (may be empty)
     * @param patterns    compiled user patterns, matched as written
     * @param suggestions for a substitution, the replacements of each word by its {@link #key}
     * @param exceptions  matches to leave alone, by {@link #key}
     */
    StyleMatcher(List<String> words, List<Pattern> patterns, Map<String, List<String>> suggestions,
                 Set<String> exceptions, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        this.words = words.isEmpty() ? null : wordPattern(words, ignoreCase);
        Map<String, List<Set<String>>> each = new HashMap<>();
        for (String w : words) {
            Set<String> runs = words(w);
            if (runs.isEmpty()) {
                each = null;
                break;
            }
            String longest = runs.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow();
            each.computeIfAbsent(longest, k -> new ArrayList<>()).add(runs);
        }
        this.entryWords = each == null ? null : Map.copyOf(each);
        this.patterns = List.copyOf(patterns);
        this.suggestions = Map.copyOf(suggestions);
        this.exceptions = Set.copyOf(exceptions);
    }

    private static Pattern wordPattern(List<String> words, boolean ignoreCase) {
        // Longest first, so "in order to" wins over "in order" where both are listed.
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alts = new StringBuilder();
        for (String w : sorted) {
            if (alts.length() > 0) alts.append('|');
            alts.append(phrase(w));
        }
        String regex = "(?:^|[^" + WORD_CHAR + "])(" + alts + ")(?:[^" + WORD_CHAR + "]|$)";
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** A literal phrase whose words may be separated by any run of white space, line breaks and no-break spaces included. */
    private static String phrase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.trim().split("\\s+")) {
            if (sb.length() > 0) sb.append("[\\s\\p{Z}]+");
            sb.append(Pattern.quote(w));
        }
        return sb.toString();
    }

    /** How a word, match or exception is compared: white space collapsed, case folded when ignoring case. */
    String key(String text) {
        String collapsed = text.replaceAll("[\\s\\p{Z}]+", " ").trim();
        return ignoreCase ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
    }

    /**
     * The words of a text as a quick filter: runs of letters, digits and marks, lower-cased. A listed
     * entry can only match a text that contains all of its words, so most prose is never searched.
     */
    static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        int start = -1;
        int i = 0;
        while (true) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            boolean in = cp >= 0 && isWordPart(cp);
            if (in && start < 0) start = i;
            if (!in && start >= 0) {
                out.add(fold(text.substring(start, i)));
                start = -1;
            }
            if (cp < 0) break;
            i += Character.charCount(cp);
        }
        return out;
    }

    /**
     * Letters, decimal digits and marks: all of them continue a word for the pattern too, so a word found
     * by the pattern is always one of these runs (the filter never hides a match).
     */
    private static boolean isWordPart(int cp) {
        if (Character.isLetter(cp) || Character.isDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String fold(String s) {
        // Upper then lower case is plain lower case for ASCII, and skips a copy of most words.
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 128) return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether some listed entry has all its words in {@code textWords}, the {@link #words} of the text. */
    private boolean mayContainEntry(Set<String> textWords) {
        if (entryWords == null) return true;
        for (String w : textWords) {
            List<Set<String>> entries = entryWords.get(w);
            if (entries != null) for (Set<String> entry : entries) if (textWords.containsAll(entry)) return true;
        }
        return false;
    }

    List<Hit> find(String text) {
        return find(text, null);
    }

    /** @param textWords the {@link #words} of {@code text}, or null to compute them when needed */
    List<Hit> find(String text, Set<String> textWords) {
        List<Hit> hits = new ArrayList<>();
        if (words != null && mayContainEntry(textWords != null ? textWords : words(text))) {
            Matcher m = words.matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                int start = m.start(1);
                int end = m.end(1);
                add(hits, text, start, end);
                from = end;
            }
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                if (m.end() == m.start()) {
                    from = m.end() + 1;
                    continue;
                }
                add(hits, text, m.start(), m.end());
                from = m.end();
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        return hits;
    }

    private void add(List<Hit> hits, String text, int start, int end) {
        String found = text.substring(start, end);
        String key = key(found);
        if (exceptions.contains(key)) return;
        hits.add(new Hit(start, end, found, suggestions.getOrDefault(key, List.of())));
    }
}
