package dev.contentlint.core.document;

/**
 * A document's text as read (BOM removed, line endings kept) with an index from UTF-16 offsets to
 * 1-based lines and code-point columns.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        lineStarts = java.util.Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line holding {@code offset}; an offset at the end of the text is on the last line. */
    public int line(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= o) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of {@code offset} on its line, counted in code points. */
    public int column(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[line(o) - 1];
        return text.codePointCount(start, o) + 1;
    }

    /** UTF-16 offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** UTF-16 offset just past the last character of {@code line}, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    /** The text of 1-based {@code line} without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Location location(Span span) {
        return new Location(line(span.start()), column(span.start()), line(span.end()), column(span.end()));
    }

    /** UTF-16 offset of a 1-based line and code-point column (clamped to the line). */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        int start = lineStart(l), end = lineEnd(l);
        int o = start;
        for (int c = 1; c < column && o < end; c++) o += Character.charCount(text.codePointAt(o));
        return o;
    }
}
