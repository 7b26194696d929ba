package dev.contentlint.rules.spelling;

import dev.contentlint.core.document.Document;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words a document writes in code: inline code, code blocks and the elements for keys, program output and
 * variables, in Markdown and HTML alike (both through the document's HTML view). An identifier counts whole and
 * in lower case ({@code HashTable} gives "hashtable"); dots, dashes and underscores separate words. Link
 * addresses do not count: a typo in a page's name would teach the typo.
 */
final class CodeWords {
    private static final String CODE_ELEMENTS = "code, pre, kbd, samp, var, tt";
    /** Shorter letter runs are too common to teach anything; longer ones are data, not words. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{3,40}(?![\\p{L}\\p{N}])");

    private CodeWords() {}

    static Set<String> of(Document document) {
        Set<String> out = new HashSet<>();
        for (Element e : document.html().select(CODE_ELEMENTS)) {
            // The outermost code element holds the text of those inside it.
            if (e.parents().stream().anyMatch(p -> p.is(CODE_ELEMENTS))) continue;
            words(e.wholeText(), out);
        }
        return out;
    }

    /** Adds the words of {@code text} (letter runs of 3 to 40), in lower case, to {@code out}. */
    static void words(String text, Set<String> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
    }
}
