package dev.contentlint.core.document;

import org.jsoup.parser.Parser;

/** Recognises and decodes HTML character references ({@code &amp;}, {@code &#233;}, {@code &#x1F600;}). */
final class Entities {
    private static final int MAX_LENGTH = 40;

    private Entities() {}

    /** End offset (after ';') of a character reference starting at {@code at}, or -1. */
    static int end(String s, int at, int limit) {
        int stop = Math.min(limit, at + MAX_LENGTH);
        int i = at + 1;
        if (i < stop && s.charAt(i) == '#') {
            i++;
            boolean hex = i < stop && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) i++;
            int digits = i;
            while (i < stop && (hex ? Character.digit(s.charAt(i), 16) >= 0 : s.charAt(i) >= '0' && s.charAt(i) <= '9')) i++;
            if (i == digits) return -1;
        } else {
            int letters = i;
            while (i < stop && (Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128)) i++;
            if (i == letters) return -1;
        }
        return i < stop && s.charAt(i) == ';' ? i + 1 : -1;
    }

    /** The decoded text of a complete reference, or null when it is not a known one. */
    static String decode(String reference) {
        String d = Parser.unescapeEntities(reference, false);
        return d.equals(reference) ? null : d;
    }
}
