package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.ProseBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a term in prose: whole words only; case-insensitive for words, case-sensitive for acronyms; English
 * plurals and possessives on the last word; a space, a hyphen or nothing between the words of a multi-word term.
 */
public final class TermPattern {
    /** A letter or digit: what a word boundary must not have on its outer side. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";
    private static final String SEPARATOR = "(?:[\\s\\u00A0]*[-\\u2010\\u2011][\\s\\u00A0]*|[\\s\\u00A0]+|)";
    private static final String POSSESSIVE = "(?:['\\u2019]s?)?";

    private final String term;
    private final Pattern pattern;

    private TermPattern(String term, Pattern pattern) {
        this.term = term;
        this.pattern = pattern;
    }

    /** A match in one prose block: text indices {@code [start, end)}, and where the base term ends before any plural or possessive. */
    public record Match(int start, int end, int baseEnd, String text) {}

    /** The pattern for {@code term}, or null when the term holds no word to match. */
    public static TermPattern of(String term) {
        String t = term.strip();
        List<String> words = new ArrayList<>();
        for (String w : t.split("[\\s\\u00A0\\-\\u2010\\u2011]+")) if (!w.isEmpty()) words.add(w);
        if (words.isEmpty()) return null;
        boolean acronym = Acronyms.isAcronymLike(t.replace(".", "").replace(" ", ""));
        StringBuilder re = new StringBuilder("(?<!" + WORD_CHAR + ")(?<base>");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0) re.append(SEPARATOR);
            boolean last = i == words.size() - 1;
            if (last && !acronym && w.length() > 2 && endsInConsonantY(w)) {
                re.append(Pattern.quote(w.substring(0, w.length() - 1))).append(")(?<infl>y").append(POSSESSIVE)
                        .append("|ies").append(POSSESSIVE).append(")");
            } else if (last && !acronym && w.length() > 3 && pluralS(w)) {
                // A term written in the plural ("Amortization Schedules") is used by its singular too.
                re.append(Pattern.quote(w.substring(0, w.length() - 1))).append(")(?<infl>(?:e?s)?").append(POSSESSIVE).append(")");
            } else {
                re.append(Pattern.quote(w));
                if (last) re.append(")(?<infl>").append(acronym ? "s?" : "(?:e?s)?").append(POSSESSIVE).append(")");
            }
        }
        re.append("(?!" + WORD_CHAR + ")");
        int flags = Pattern.UNICODE_CASE | (acronym ? 0 : Pattern.CASE_INSENSITIVE);
        return new TermPattern(t, Pattern.compile(re.toString(), flags));
    }

    private static boolean pluralS(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    private static boolean endsInConsonantY(String w) {
        char last = Character.toLowerCase(w.charAt(w.length() - 1));
        char before = Character.toLowerCase(w.charAt(w.length() - 2));
        return last == 'y' && Character.isLetter(before) && "aeiou".indexOf(before) < 0;
    }

    public String term() {
        return term;
    }

    /** Every match in {@code text}, in order. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int baseEnd = m.end("base");
            String infl = m.group("infl");
            // The y of "policy" belongs to the base; "policies" keeps only "polic" as common base.
            if (infl != null && infl.startsWith("y")) baseEnd++;
            out.add(new Match(m.start(), m.end(), baseEnd, m.group()));
        }
        return out;
    }

    /** Whether the whole of {@code text} is a use of the term. */
    public boolean matchesWhole(String text) {
        Matcher m = pattern.matcher(text);
        return m.matches();
    }

    /** Whether the term occurs in the block's prose. */
    public boolean occursIn(ProseBlock block) {
        return pattern.matcher(block.text()).find();
    }
}
