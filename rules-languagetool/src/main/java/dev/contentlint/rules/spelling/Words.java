package dev.contentlint.rules.spelling;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Link;
import dev.contentlint.core.document.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * General rules about which flagged words are names or fragments rather than misspellings, whatever the
 * project: they depend only on the word and where it stands, never on a list of words.
 */
final class Words {
    /** What may stand between a sentence's end and its first word: spaces, quotes, brackets, emphasis marks. */
    private static final String OPENERS = " \t\n\u00A0\"'\u201C\u2018([*_";

    private Words() {}

    /** The words of a flagged compound ("re-enable remoting"), split at spaces, hyphens and commas. */
    static List<String> parts(String word) {
        return Arrays.stream(word.split("[\\s,\\-\u2010\u2011]+")).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * A word (or every part of a compound) of one or two letters: language codes ("ko", "es"), Unicode
     * categories ("Ll"), foreign articles; too short to be a misspelling worth a finding.
     */
    static boolean fragment(String word) {
        return parts(word).stream().allMatch(p -> p.codePointCount(0, p.length()) < 3);
    }

    /**
     * A capitalised word inside a sentence ("maintained by Chalin and Vasconcellos", "send it to Telegraf"):
     * a name of a person, product or project, which a spell checker's dictionary mostly lacks. The first word of
     * a sentence, a heading or a cell is still checked.
     */
    static boolean nameInSentence(String text, int from, String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        if (!word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) return false;
        int i = from - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?:;\u2026".indexOf(text.charAt(i)) < 0;
    }

    /**
     * A word in the text of a link whose address holds it ({@code [opentelemetry-packaging](https://github.com/
     * open-telemetry/opentelemetry-packaging)}): the name of what the link points at.
     */
    static boolean namedByLink(Document document, Span span, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Link link : document.links()) {
            Span s = link.span();
            if (s == null || s.start() > span.start() || s.end() < span.end() || link.destination() == null) continue;
            String destination = link.destination().toLowerCase(Locale.ROOT);
            if (parts(w).stream().allMatch(destination::contains)) return true;
        }
        return false;
    }
}
