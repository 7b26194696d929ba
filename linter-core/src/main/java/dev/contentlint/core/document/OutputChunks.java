package dev.contentlint.core.document;

import java.util.Arrays;

/**
 * The pieces of raw HTML copied verbatim into the HTML of a Markdown page: where each starts in that HTML
 * and in the source, so a position inside one maps back to the source.
 */
final class OutputChunks {
    private int[] outStarts = new int[16];
    private int[] srcStarts = new int[16];
    private int[] lengths = new int[16];
    private int chunks;

    void add(int outStart, int srcStart, int length) {
        if (chunks == outStarts.length) {
            outStarts = Arrays.copyOf(outStarts, chunks * 2);
            srcStarts = Arrays.copyOf(srcStarts, chunks * 2);
            lengths = Arrays.copyOf(lengths, chunks * 2);
        }
        outStarts[chunks] = outStart;
        srcStarts[chunks] = srcStart;
        lengths[chunks] = length;
        chunks++;
    }

    /** The source offset of output position {@code p} when it falls in copied raw HTML (its end included), else -1. */
    int map(int p) {
        int k = Arrays.binarySearch(outStarts, 0, chunks, p);
        if (k < 0) k = -k - 2;
        if (k < 0 || p > outStarts[k] + lengths[k]) return -1;
        return srcStarts[k] + p - outStarts[k];
    }
}
