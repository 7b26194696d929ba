package dev.contentlint.rules.style;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** A literal phrase whose words may be separated by any run of white space, line breaks included. */
    private static String phrase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.trim().split("\\s+")) {
            if (sb.length() > 0) sb.append("\\s+");
            sb.append(Pattern.quote(w));
        }
        return sb.toString();
    }

    /** How a word, match or exception is compared: white space collapsed, case folded when ignoring case. */
    String key(String text) {
        String collapsed = text.trim().replaceAll("\\s+", " ");
        return ignoreCase ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
    }

    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (words != null) {
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
