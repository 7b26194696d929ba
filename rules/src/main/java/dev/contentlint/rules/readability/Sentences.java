package dev.contentlint.rules.readability;

import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.readability.Word;

/** Tests on sentences that several readability rules share. */
final class Sentences {
    private Sentences() {}

    /**
     * Whether a "sentence" is mostly identifiers, paths, options or numbers rather than words (a list of
     * flags, a run of file names): technical pages have such runs, and sentence rules should not judge them.
     */
    static boolean codeLike(Sentence s) {
        int odd = 0;
        for (Word w : s.words()) if (w.letters() == 0 || identifier(w)) odd++;
        return odd * 3 >= s.words().size();
    }

    /** Whether a word looks like a name from code or a path ({@code PSSession}, {@code max_age}, {@code a/b}, {@code x.y}). */
    static boolean identifier(Word w) {
        String c = w.core();
        return c.indexOf('_') >= 0 || c.indexOf('/') >= 0 || c.indexOf('.') > 0 && c.indexOf('.') < c.length() - 1
                || c.indexOf('=') >= 0 || w.digits() > 0 || camelCase(c);
    }

    private static boolean camelCase(String c) {
        for (int i = 1; i < c.length(); i++)
            if (Character.isUpperCase(c.charAt(i)) && Character.isLowerCase(c.charAt(i - 1))) return true;
        return false;
    }
}
