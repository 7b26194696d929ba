package dev.contentlint.core.readability;

import java.util.Objects;

/**
 * One counted word: its core (the token without leading and trailing punctuation) and where the core
 * stands in the prose text it was read from. Its syllables are counted on first use: most rules read only
 * words and sentences, and the dictionary look-up is the dearest part of splitting.
 */
public final class Word {
    private final int start;
    private final int end;
    private final String core;
    private final int letters;
    private final int digits;
    /** Syllables, or 0 until counted; the count is a pure function of the core, so a racing second count is harmless. */
    private int syllables;

    /**
     * A word whose syllables are already known.
     *
     * @param start     index of the core's first character in the prose text
     * @param end       index just past the core
     * @param core      the word as written, punctuation at its edges removed
     * @param syllables syllables, at least 1
     * @param letters   Unicode letters in the core (Coleman–Liau)
     * @param digits    digits in the core (ARI counts letters and digits)
     */
    public Word(int start, int end, String core, int syllables, int letters, int digits) {
        this.start = start;
        this.end = end;
        this.core = Objects.requireNonNull(core);
        this.syllables = syllables;
        this.letters = letters;
        this.digits = digits;
    }

    /** A word whose syllables {@link Syllables#count} gives when they are first asked for. */
    static Word counted(int start, int end, String core, int letters, int digits) {
        return new Word(start, end, core, 0, letters, digits);
    }

    /** Index of the core's first character in the prose text. */
    public int start() {
        return start;
    }

    /** Index just past the core. */
    public int end() {
        return end;
    }

    /** The word as written, punctuation at its edges removed. */
    public String core() {
        return core;
    }

    /** Syllables, at least 1. */
    public int syllables() {
        int n = syllables;
        if (n == 0) syllables = n = Syllables.count(core);
        return n;
    }

    /** Unicode letters in the core (Coleman–Liau). */
    public int letters() {
        return letters;
    }

    /** Digits in the core (ARI counts letters and digits). */
    public int digits() {
        return digits;
    }

    /** Words of three or more syllables: what SMOG counts. */
    public boolean polysyllabic() {
        return syllables() >= 3;
    }

    /**
     * Gunning's "complex" word: three or more syllables, not a hyphenated compound, and not one that only
     * reaches three through an {@code -es}, {@code -ed} or {@code -ing} ending.
     */
    public boolean complex() {
        int syllables = syllables();
        if (syllables < 3) return false;
        if (core.indexOf('-') >= 0 || core.indexOf('\u2013') >= 0) return false;
        String lower = core.toLowerCase(java.util.Locale.ROOT);
        boolean inflected = lower.endsWith("es") || lower.endsWith("ed") || lower.endsWith("ing");
        return !(inflected && syllables - 1 < 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && start == w.start && end == w.end && core.equals(w.core)
                && letters == w.letters && digits == w.digits && syllables() == w.syllables();
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, core, letters, digits);
    }

    @Override
    public String toString() {
        return "Word[start=" + start + ", end=" + end + ", core=" + core + ", syllables=" + syllables()
                + ", letters=" + letters + ", digits=" + digits + "]";
    }
}
