package dev.contentlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds phrases from a list in text, as whole words and ignoring case: every phrase in one alternation, so
 * a text is scanned once however long the list. Immutable and thread-safe; rules build one per list.
 */
public final class PhraseMatcher {
    /**
     * One phrase: a regular expression, whether it keeps its case, and the note a finding passes on (what a
     * sensory phrase relies on, what an exclusionary term could be replaced by).
     */
    public record Phrase(String pattern, boolean caseSensitive, String note) {
        /**
         * Literal words, matched across any white space between them; written all in capitals (TODO, TBD) they
         * match only in capitals, so "a todo app" is not a placeholder.
         */
        public static Phrase literal(String words) {
            String body = Pattern.quote(words.strip()).replace(" ", "\\E\\s+\\Q");
            boolean capitals = words.chars().anyMatch(Character::isLetter) && words.equals(words.toUpperCase());
            return new Phrase(body, capitals, "");
        }
    }

    /**
     * What may not stand right before and right after a phrase (regular-expression character classes), which
     * is what makes a match whole words.
     */
    public record Edges(String before, String after) {
        /** Letters, digits and underscores, and a hyphen before: "dummy-data" holds "dummy", "non-dummy" does not. */
        public static final Edges WORDS = new Edges("[\\p{L}\\p{N}_-]", "[\\p{L}\\p{N}_]");
        /** ASCII letters, digits, underscores and hyphens on both sides: "TODO-list" names something. */
        public static final Edges ASCII_WORDS_AND_HYPHENS = new Edges("[\\w-]", "[\\w-]");
    }

    /** A phrase found in a text, from {@code start} to {@code end}, as written there. */
    public record Match(int start, int end, String text, Phrase phrase) {}

    private final List<Phrase> phrases;
    private final Pattern any;

    private PhraseMatcher(List<Phrase> phrases, Edges edges) {
        this.phrases = List.copyOf(phrases);
        StringBuilder sb = new StringBuilder("(?<!").append(edges.before()).append(")(?:");
        boolean ascii = true;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            // Named groups tell which phrase matched whatever groups the phrases hold themselves.
            sb.append(i == 0 ? "" : "|").append("(?<").append(group(i)).append('>')
                    .append(p.caseSensitive() ? "(?-i:" : "(?:").append(p.pattern()).append("))");
            ascii &= p.pattern().chars().allMatch(c -> c < 128);
        }
        sb.append(")(?!").append(edges.after()).append(')');
        // ASCII case folding is exact for ASCII phrases and several times faster than Unicode folding, which
        // only phrases with other letters need.
        any = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | (ascii ? 0 : Pattern.UNICODE_CASE));
    }

    /** A matcher for {@code phrases} with {@code edges} around each; an empty list finds nothing. */
    public static PhraseMatcher of(List<Phrase> phrases, Edges edges) {
        return new PhraseMatcher(phrases, edges);
    }

    /**
     * Reads a phrase list shipped next to {@code owner}: one phrase a line, a regular expression (matched
     * ignoring case), then optionally a tab and its note; blank lines and lines starting with {@code #} are
     * comments.
     */
    public static PhraseMatcher load(Class<?> owner, String resource, Edges edges) {
        List<Phrase> phrases = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(owner, resource)) {
            String[] cols = line.text().split("\t", 2);
            try {
                Pattern.compile(cols[0]);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + ":" + line.number() + ": not a regular expression: "
                        + e.getMessage(), e);
            }
            phrases.add(new Phrase(cols[0], false, cols.length > 1 ? cols[1].strip() : ""));
        }
        return of(phrases, edges);
    }

    /** The phrases, in the order they are tried. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** Every phrase found in {@code text}, left to right, without overlaps; at one place the first listed wins. */
    public List<Match> find(CharSequence text) {
        if (phrases.isEmpty()) return List.of();
        List<Match> found = new ArrayList<>();
        Matcher m = any.matcher(text);
        while (m.find()) {
            int i = 0;
            while (m.start(group(i)) < 0) i++;
            found.add(new Match(m.start(), m.end(), m.group(), phrases.get(i)));
        }
        return found;
    }

    private static String group(int i) {
        return "p" + i;
    }
}
