package dev.contentlint.core.readability;

/**
 * One counted word: its core (the token without leading and trailing punctuation) and where the core
 * stands in the prose text it was read from.
 *
 * @param start     index of the core's first character in the prose text
 * @param end       index just past the core
 * @param core      the word as written, punctuation at its edges removed
 * @param syllables syllables, at least 1
 * @param letters   Unicode letters in the core (Coleman–Liau)
 * @param digits    digits in the core (ARI counts letters and digits)
 */
public record Word(int start, int end, String core, int syllables, int letters, int digits) {

    /** Words of three or more syllables: what SMOG counts. */
    public boolean polysyllabic() {
        return syllables >= 3;
    }

    /**
     * Gunning's "complex" word: three or more syllables, not a hyphenated compound, and not one that only
     * reaches three through an {@code -es}, {@code -ed} or {@code -ing} ending.
     */
    public boolean complex() {
        if (syllables < 3) return false;
        if (core.indexOf('-') >= 0 || core.indexOf('\u2013') >= 0) return false;
        String lower = core.toLowerCase(java.util.Locale.ROOT);
        boolean inflected = lower.endsWith("es") || lower.endsWith("ed") || lower.endsWith("ing");
        return !(inflected && syllables - 1 < 3);
    }
}
