package dev.contentlint.core.document;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * flexmark's heading parser, asked only about lines that can be a heading: one starting with '#', or one of
 * only '=' or only '-' (a setext underline). It stands in for the core heading parser, which is switched off.
 *
 * <p>The core parser copies the whole open paragraph for every line it is asked about, before it looks at the
 * line: a paragraph of n lines (a long GFM table) cost n² (1 MB took minutes). A line that can be a heading
 * ends the paragraph, so each paragraph is now copied at most once. Every other line got no heading from the
 * core parser either, so the tree is the same.
 */
final class CheapHeadingStarts implements CustomBlockParserFactory {
    private final HeadingParser.Factory stock = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = stock.apply(options);
        return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex())
                ? headings.tryStart(state, matched) : BlockStart.none();
    }

    /** Whether the line from {@code from} starts with '#' or is a run of '=' or '-' and then blanks. */
    static boolean mayBeHeading(BasedSequence line, int from) {
        int n = line.length();
        if (from >= n) return false;
        char first = line.charAt(from);
        if (first == '#') return true;
        if (first != '=' && first != '-') return false;
        int i = from;
        while (i < n && line.charAt(i) == first) i++;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        while (i < n && (line.charAt(i) == '\n' || line.charAt(i) == '\r')) i++;
        return i == n;
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return stock.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return stock.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return stock.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return stock.affectsGlobalScope();
    }
}
