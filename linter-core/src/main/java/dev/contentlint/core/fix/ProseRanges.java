package dev.contentlint.core.fix;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stretches of a document's source that are plain prose, character for character: where a fix may
 * write. Code, URLs, tags, comments, template syntax, front matter, emphasis markers and character
 * references are outside every stretch, because the prose text skips them and the stretch breaks there.
 *
 * @param starts source offsets where the stretches start, ascending
 * @param ends   source offsets just past each stretch
 */
public record ProseRanges(int[] starts, int[] ends) {
    public ProseRanges {
        if (starts.length != ends.length) throw new IllegalArgumentException("starts and ends differ in length");
        starts = starts.clone();
        ends = ends.clone();
    }

    /** The prose stretches of {@code document}. */
    public static ProseRanges of(Document document) {
        List<int[]> runs = new ArrayList<>();
        for (ProseBlock b : document.prose()) {
            int[] o = b.offsets();
            int n = b.text().length();
            int i = 0;
            while (i < n) {
                int j = i + 1;
                while (j < n && o[j] == o[j - 1] + 1) j++;
                runs.add(new int[] {o[i], o[j - 1] + 1});
                i = j;
            }
        }
        runs.sort((a, c) -> Integer.compare(a[0], c[0]));
        int[] s = new int[runs.size()];
        int[] e = new int[runs.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = runs.get(k)[0];
            e[k] = runs.get(k)[1];
        }
        return new ProseRanges(s, e);
    }

    /** Whether the source range {@code [start, end)} lies inside one stretch (an insertion may touch its ends). */
    public boolean allows(int start, int end) {
        int k = Arrays.binarySearch(starts, start);
        if (k < 0) k = -k - 2;
        // Stretches of different blocks never overlap, but one block's may begin where another's does.
        for (int i = k; i >= 0 && i > k - 4; i--)
            if (starts[i] <= start && end <= ends[i]) return true;
        return false;
    }
}
