package dev.contentlint.core.document;

/**
 * A 1-based source position: lines as the file's line breaks count them, columns in Unicode code points
 * (a tab, an emoji or an accented letter is one column), end exclusive.
 */
public record Location(int line, int column, int endLine, int endColumn) implements Comparable<Location> {
    /** Line 1, column 1: where findings about the whole file stand. */
    public static final Location FILE_START = new Location(1, 1, 1, 1);

    @Override
    public int compareTo(Location o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = Integer.compare(endLine, o.endLine);
        if (c == 0) c = Integer.compare(endColumn, o.endColumn);
        return c;
    }
}
