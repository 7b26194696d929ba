package dev.contentlint.core.document;

import java.util.Arrays;

/**
 * Where template syntax ({@code {{< ... >}}}, {@code {{% ... %}}}, {@code {{ ... }}}, {@code {% ... %}})
 * stands in a source text, so prose can treat it as markup: static-site sources are full of it.
 */
final class TemplateRanges {
    static final TemplateRanges NONE = new TemplateRanges(new int[0], new int[0]);
    /** A template tag longer than this is taken for an unclosed brace rather than a tag. */
    private static final int MAX_LENGTH = 4000;

    private final int[] starts;
    private final int[] ends;

    private TemplateRanges(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static TemplateRanges scan(String s) {
        int[] st = new int[8];
        int[] en = new int[8];
        int n = 0;
        int i = s.indexOf('{');
        while (i >= 0 && i + 1 < s.length()) {
            char next = s.charAt(i + 1);
            String close = null;
            if (next == '{') {
                char third = i + 2 < s.length() ? s.charAt(i + 2) : 0;
                close = third == '<' ? ">}}" : third == '%' ? "%}}" : "}}";
            } else if (next == '%') {
                close = "%}";
            }
            int end = close == null ? -1 : closing(s, i + 2, close);
            if (end < 0) {
                i = s.indexOf('{', i + 1);
                continue;
            }
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            st[n] = i;
            en[n] = end;
            n++;
            i = s.indexOf('{', end);
        }
        return n == 0 ? NONE : new TemplateRanges(Arrays.copyOf(st, n), Arrays.copyOf(en, n));
    }

    /** End offset of the tag whose body starts at {@code from}, or -1 when it is not closed nearby. */
    private static int closing(String s, int from, String close) {
        int limit = Math.min(s.length(), from + MAX_LENGTH);
        boolean lineHasText = true;
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (s.startsWith(close, i)) return i + close.length();
            if (c == '\n' || c == '\r') {
                if (!lineHasText) return -1; // a blank line ends any block the tag could stand in
                if (c == '\r' && i + 1 < limit && s.charAt(i + 1) == '\n') i++;
                lineHasText = false;
            } else if (c != ' ' && c != '\t') {
                lineHasText = true;
            }
        }
        return -1;
    }

    /** Index of the range holding {@code offset}, or -1. */
    int find(int offset) {
        int k = Arrays.binarySearch(starts, offset);
        if (k >= 0) return k;
        k = -k - 2;
        return k >= 0 && offset < ends[k] ? k : -1;
    }

    Span span(int index) {
        return new Span(starts[index], ends[index]);
    }

    int size() {
        return starts.length;
    }
}
