package dev.contentlint.core.fix;

import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.rule.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Applies fixes to a text: the edits go in from the end of the text, so each one's position still holds
 * when it is made, and an edit that overlaps one already made waits for the next pass, when the text has
 * been checked again. Pure: it reads no file and knows no rule.
 */
public final class FixApplier {
    private FixApplier() {
    }

    /**
     * What applying gave.
     *
     * @param text     the new text (the same string when nothing applied)
     * @param applied  the fixes made, in the order given
     * @param deferred the fixes left for a later pass because they overlap one that was made, in the order given
     */
    public record Result(String text, List<Fix> applied, List<Fix> deferred) {
        public Result {
            applied = List.copyOf(applied);
            deferred = List.copyOf(deferred);
        }

        /** Whether any fix changed the text. */
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    /**
     * Applies {@code fixes}, whose locations are positions in {@code text}. A fix that would write what is already
     * there is neither applied nor deferred, and a fix given twice is made once, so applying again converges.
     */
    public static Result apply(String text, List<Fix> fixes) {
        SourceText source = new SourceText(text);
        List<Edit> edits = new ArrayList<>();
        var seen = new LinkedHashSet<List<Object>>();
        for (int i = 0; i < fixes.size(); i++) {
            Fix f = fixes.get(i);
            int start = source.offset(f.location().line(), f.location().column());
            int end = source.offset(f.location().endLine(), f.location().endColumn());
            if (end < start) continue;
            if (text.substring(start, end).equals(f.replacement())) continue;
            if (!seen.add(List.of(start, end, f.replacement()))) continue;
            edits.add(new Edit(i, start, end, f));
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        boolean insertionAtLimit = false;
        List<Edit> applied = new ArrayList<>();
        List<Edit> deferred = new ArrayList<>();
        for (Edit e : edits) {
            // Two insertions at one point have no order that both rules would agree on.
            boolean clash = e.end > limit || (e.end == limit && e.start == e.end && insertionAtLimit);
            if (clash) {
                deferred.add(e);
                continue;
            }
            out.replace(e.start, e.end, e.fix.replacement());
            insertionAtLimit = e.start == e.end;
            limit = e.start;
            applied.add(e);
        }
        return new Result(applied.isEmpty() ? text : out.toString(), inOrder(applied), inOrder(deferred));
    }

    private static List<Fix> inOrder(List<Edit> edits) {
        return edits.stream().sorted(Comparator.comparingInt(Edit::index)).map(Edit::fix).toList();
    }

    private record Edit(int index, int start, int end, Fix fix) {}
}
