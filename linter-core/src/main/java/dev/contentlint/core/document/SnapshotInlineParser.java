package dev.contentlint.core.document;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regular expressions run over a String copy of the paragraph made
 * once per paragraph. The stock parser matches on the paragraph's segmented sequence and asks each match
 * for a {@code MatchResult}, which since Java 9 copies the whole input: every link, entity or code span
 * then costs a copy of the paragraph, making long paragraphs quadratic (5,000 links in one paragraph took
 * seconds). Results are the same: indexes into the copy are indexes into the sequence. Link destinations
 * are parsed by {@link BoundedLinkDestinations}, link labels by {@link LinkLabels}.
 */
final class SnapshotInlineParser extends InlineParserImpl {
    /** Creates this parser where flexmark would create its own. */
    static final InlineParserFactory FACTORY = SnapshotInlineParser::new;

    private BasedSequence copied;
    private String copy;

    private SnapshotInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                 Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                                 List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        linkDestinationParser = new BoundedLinkDestinations(linkDestinationParser);
    }

    private String copy() {
        if (copied != input) {
            copied = input;
            copy = input.toString();
        }
        return copy;
    }

    private Matcher find(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(copy());
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) return null;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        return groups;
    }

    /** The label's length, found as flexmark's expression finds it but without its exponential backtracking. */
    @Override
    public int parseLinkLabel() {
        if (index >= input.length()) return 0;
        int end = LinkLabels.end(copy(), index, input.length());
        if (end < 0) return 0;
        int length = end - index;
        index = end;
        return length;
    }

    @Override
    public Matcher matcher(Pattern re) {
        return find(re);
    }
}
