package dev.contentlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

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

    /** Phrase syntax that reads outside the phrase's own text or its end: a probe of its start cannot tell. */
    private static final Pattern CONTEXT = Pattern.compile("\\\\[bBGAzZk1-9]|\\(\\?<[=!]|[$^]");

    private final List<Phrase> phrases;
    private final Pattern any;
    /** Each phrase alone, compiled as in {@link #any}: probes of where a match may start. */
    private final Pattern[] probes;
    /** Whether the probes are exact for every phrase, so positions they rule out may be skipped. */
    private final boolean skips;
    /** ASCII characters a match may start with. */
    private final boolean[] firstChars = new boolean[128];
    /** ASCII characters that may not stand before a match. */
    private final boolean[] notBefore = new boolean[128];
    /**
     * Per three ASCII characters (7 bits each): 0 not probed yet, 1 no phrase starts with them, 2 some phrase
     * may. Filled as texts are read; a race only probes the same characters twice.
     */
    private volatile byte[] firstThree;

    private PhraseMatcher(List<Phrase> phrases, Edges edges) {
        this.phrases = List.copyOf(phrases);
        StringBuilder sb = new StringBuilder("(?<!").append(edges.before()).append(")(?:");
        boolean ascii = true, exact = true;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            // Named groups tell which phrase matched whatever groups the phrases hold themselves.
            sb.append(i == 0 ? "" : "|").append("(?<").append(group(i)).append('>')
                    .append(body(p)).append(')');
            ascii &= p.pattern().chars().allMatch(c -> c < 128);
            exact &= !CONTEXT.matcher(p.pattern()).find();
        }
        sb.append(")(?!").append(edges.after()).append(')');
        // ASCII case folding is exact for ASCII phrases and several times faster than Unicode folding, which
        // only phrases with other letters need.
        int flags = Pattern.CASE_INSENSITIVE | (ascii ? 0 : Pattern.UNICODE_CASE);
        any = Pattern.compile(sb.toString(), flags);
        probes = new Pattern[phrases.size()];
        for (int i = 0; i < probes.length; i++) probes[i] = Pattern.compile(body(phrases.get(i)), flags);
        // A phrase that matches empty text matches at the end too, where no probe looks.
        skips = exact && !phrases.isEmpty() && Stream.of(probes).noneMatch(p -> p.matcher("").lookingAt());
        Pattern before = Pattern.compile(edges.before());
        for (char c = 0; c < 128; c++) {
            firstChars[c] = mayStart(String.valueOf(c));
            notBefore[c] = before.matcher(String.valueOf(c)).matches();
        }
    }

    private static String body(Phrase p) {
        return (p.caseSensitive() ? "(?-i:" : "(?:") + p.pattern() + ")";
    }

    /**
     * Whether some phrase may match text that starts with {@code start}: it matches there, or it read to
     * the end of {@code start} and more text could complete it.
     */
    private boolean mayStart(CharSequence start) {
        for (Pattern p : probes) {
            Matcher m = p.matcher(start);
            if (m.lookingAt() || m.hitEnd()) return true;
        }
        return false;
    }

    /** Whether a match may start at {@code i}; false only where none can. */
    private boolean mayStartAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 128 && !firstChars[c]) return false;
        if (i > 0) {
            char b = text.charAt(i - 1);
            if (b < 128 && notBefore[b]) return false;
        }
        if (i + 3 > text.length()) return true;
        char c1 = text.charAt(i + 1), c2 = text.charAt(i + 2);
        if ((c | c1 | c2) >= 128) return true;
        byte[] table = firstThree;
        if (table == null) firstThree = table = new byte[1 << 21];
        int key = c << 14 | c1 << 7 | c2;
        if (table[key] == 0) table[key] = (byte) (mayStart(text.subSequence(i, i + 3)) ? 2 : 1);
        return table[key] == 2;
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
        if (!skips) {
            while (m.find()) found.add(match(m));
            return found;
        }
        // The same matches as find(), left to right, tried only where a phrase may start: most positions of
        // prose start no phrase, and the combined expression would try every alternative at each.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (mayStartAt(text, i) && m.region(i, n).lookingAt()) {
                found.add(match(m));
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return found;
    }

    /** What {@link #find} returns, by one scan of the combined expression over every position. */
    List<Match> findEverywhere(CharSequence text) {
        List<Match> found = new ArrayList<>();
        for (Matcher m = any.matcher(text); m.find(); ) found.add(match(m));
        return found;
    }

    private Match match(Matcher m) {
        int i = 0;
        while (m.start(group(i)) < 0) i++;
        return new Match(m.start(), m.end(), m.group(), phrases.get(i));
    }

    private static String group(int i) {
        return "p" + i;
    }
}
