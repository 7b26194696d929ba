package dev.contentlint.core.document;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a document's source text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    /** The empty span at the start of the document, where absence findings are reported. */
    public static final Span START = new Span(0, 0);

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }
}
