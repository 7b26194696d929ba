package dev.contentlint.core.document;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds the end of a link label ({@code [label]}) as flexmark's {@code LINK_LABEL} expression does, in time linear
 * in the label.
 *
 * <p>The expression, {@code ^\[(?:[^\\\[\]]|\\[punctuation]|\\){0,999}\]}, can read a backslash before
 * punctuation as an escape or as a character of its own, so a run of backslashes has exponentially many
 * readings; when none of them ends the label, {@code java.util.regex} tries them all (a list item of 60 backslashes
 * after {@code [} ran for minutes). This scanner tries the readings in the same order and so finds the same end,
 * remembering the states (position, characters read) from which no reading ends the label.
 */
final class LinkLabels {
    /** The most characters and escapes a label may hold. */
    static final int MAX_UNITS = 999;

    private LinkLabels() {}

    /**
     * The index just past the label that starts at {@code start} in {@code s} (its {@code ']'}), looking no
     * further than {@code limit}, or -1 when no label starts there.
     */
    static int end(CharSequence s, int start, int limit) {
        if (start >= limit || s.charAt(start) != '[') return -1;
        // The expression reads every escape as an escape first; on ordinary text that reading is the answer.
        int p = start + 1;
        for (int k = 0; p < limit; k++) {
            char c = s.charAt(p);
            if (c == ']') return p + 1;
            if (k == MAX_UNITS || c == '[') break;
            p += c == '\\' && p + 1 < limit && isEscapable(s.charAt(p + 1)) ? 2 : 1;
        }
        if (!closable(s, start + 1, limit)) return -1;
        return new Search(s, limit).from(start + 1, 0);
    }

    /**
     * Whether a ']' stands before the first '[' that no backslash can escape, within reach of the unit limit:
     * without one no reading can end the label.
     */
    private static boolean closable(CharSequence s, int from, int limit) {
        int stop = (int) Math.min(limit, from + 2L * MAX_UNITS + 1);
        for (int p = from; p < stop; p++) {
            char c = s.charAt(p);
            if (c == ']') return true;
            if (c == '[' && (p == from || s.charAt(p - 1) != '\\')) return false;
        }
        return false;
    }

    /** The expression's backtracking, with the states already known to fail remembered. */
    private static final class Search {
        private final CharSequence s;
        private final int limit;
        private final Set<Long> failed = new HashSet<>();

        Search(CharSequence s, int limit) {
            this.s = s;
            this.limit = limit;
        }

        /** The end of the label when reading resumes at {@code p} after {@code k} units, or -1. */
        int from(int p, int k) {
            // ordinary characters have a single reading: walk them without recursion
            while (p < limit) {
                char c = s.charAt(p);
                if (c == ']') return p + 1;
                if (k == MAX_UNITS || c == '[') return -1;
                if (c == '\\') break;
                p++;
                k++;
            }
            if (p >= limit) return -1;
            long state = (long) p * (MAX_UNITS + 1) + k;
            if (failed.contains(state)) return -1;
            int end = -1;
            if (p + 1 < limit && isEscapable(s.charAt(p + 1))) end = from(p + 2, k + 1);
            if (end < 0) end = from(p + 1, k + 1);
            if (end < 0) failed.add(state);
            return end;
        }
    }

    /** The ASCII punctuation a backslash escapes in CommonMark. */
    static boolean isEscapable(char c) {
        return ProseBuilder.isAsciiPunctuation(c);
    }
}
