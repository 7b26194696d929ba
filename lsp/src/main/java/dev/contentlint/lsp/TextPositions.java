package dev.contentlint.lsp;

import dev.contentlint.core.document.Location;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between places in a text: character offsets, the protocol's positions (0-based lines, UTF-16
 * units) and findings' locations (1-based lines, columns in code points). Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}, as both the protocol and the parsers count them.
 */
final class TextPositions {
    private final String text;
    private final int[] lineStarts;

    TextPositions(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset of a protocol position, clamped to the text (a client may name a position past a line's end). */
    int offset(Position p) {
        if (p.getLine() < 0) return 0;
        if (p.getLine() >= lineStarts.length) return text.length();
        int start = lineStarts[p.getLine()];
        return Math.min(start + Math.max(0, p.getCharacter()), lineEnd(p.getLine()));
    }

    /** The protocol position of an offset. */
    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, o);
        if (line < 0) line = -line - 2;
        return new Position(line, o - lineStarts[line]);
    }

    /** The offset of a 1-based line and code-point column, clamped to the line. */
    int offset(int line, int column) {
        if (line < 1) return 0;
        if (line > lineStarts.length) return text.length();
        int start = lineStarts[line - 1];
        int end = lineEnd(line - 1);
        int o = start;
        for (int c = 1; c < column && o < end; c++) o += Character.charCount(text.codePointAt(o));
        return Math.min(o, end);
    }

    /** The protocol range of a finding's location. */
    Range range(Location l) {
        return new Range(position(offset(l.line(), l.column())), position(offset(l.endLine(), l.endColumn())));
    }

    /** The offset where line {@code line} (0-based) ends, before its line break. */
    int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }
}
