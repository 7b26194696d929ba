package dev.contentlint.core.document;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's link destination parser, refusing a destination that opens more than {@value #MAX_PARENS}
 * parentheses, as cmark does.
 *
 * <p>flexmark scans a destination that keeps parentheses open to the end of the paragraph, once for every
 * {@code ](}: a line of {@code [a](} repeated was quadratic (200 KB took minutes). Each {@code ](} opens a
 * parenthesis, so with the limit a scan passes at most {@value #MAX_PARENS} later ones and the paragraph costs
 * linear time. A real destination never nests that deep; one that does is read as text, as cmark reads it.
 */
final class BoundedLinkDestinations extends LinkDestinationParser {
    static final int MAX_PARENS = 32;

    BoundedLinkDestinations(LinkDestinationParser stock) {
        super(stock.allowMatchedParentheses, stock.spaceInUrls, stock.parseJekyllMacrosInUrls,
                stock.intellijDummyIdentifier);
    }

    @Override
    public BasedSequence parseLinkDestination(BasedSequence input, int startIndex) {
        if (nestsTooDeep(input, startIndex)) return input.subSequence(startIndex, startIndex);
        return super.parseLinkDestination(input, startIndex);
    }

    /** Whether the destination at {@code start} opens more than {@value #MAX_PARENS} parentheses before it ends. */
    static boolean nestsTooDeep(CharSequence s, int start) {
        int open = 0;
        for (int i = start, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) i++; // \( does not count
            else if (c == '(' && ++open > MAX_PARENS) return true;
            else if (c == ')' && --open < 0) return false;
            else if (c <= ' ') return false;
        }
        return false;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }
}
