package dev.contentlint.core.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer that pretty-prints with two-space indentation and escapes strings per
 * RFC 8259, so every report is valid JSON whatever the messages and paths contain.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;
    /** One entry per open container: true while nothing has been written into it yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        beforeValue();
        out.append('{');
        empty.push(true);
        return this;
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        beforeValue();
        out.append('[');
        empty.push(true);
        return this;
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    /** Writes an object member's name; the next call writes its value. */
    public JsonWriter name(String name) throws IOException {
        if (afterName) throw new IllegalStateException("two names in a row: " + name);
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) throws IOException {
        if (s == null) return nullValue();
        beforeValue();
        string(s);
        return this;
    }

    public JsonWriter value(long n) throws IOException {
        beforeValue();
        out.append(Long.toString(n));
        return this;
    }

    /** A number rounded to four decimals; NaN and infinities, which JSON cannot hold, are written as null. */
    public JsonWriter value(double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) return nullValue();
        beforeValue();
        out.append(java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString());
        return this;
    }

    public JsonWriter value(boolean b) throws IOException {
        beforeValue();
        out.append(b ? "true" : "false");
        return this;
    }

    public JsonWriter nullValue() throws IOException {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Shorthand for {@code name(name).value(value)}. */
    public JsonWriter member(String name, String value) throws IOException {
        return name(name).value(value);
    }

    public JsonWriter member(String name, long value) throws IOException {
        return name(name).value(value);
    }

    /** Ends the document with a newline; fails if a container is still open. */
    public void finish() throws IOException {
        if (!empty.isEmpty()) throw new IllegalStateException("unclosed JSON container");
        out.append('\n');
    }

    private JsonWriter close(char bracket) throws IOException {
        if (empty.isEmpty() || afterName) throw new IllegalStateException("nothing to close with " + bracket);
        boolean wasEmpty = empty.pop();
        if (!wasEmpty) newline();
        out.append(bracket);
        return this;
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        separate();
    }

    private void separate() throws IOException {
        if (empty.isEmpty()) return;
        if (!empty.pop()) out.append(',');
        empty.push(false);
        newline();
    }

    private void newline() throws IOException {
        out.append('\n');
        for (int i = 0; i < empty.size(); i++) out.append("  ");
    }

    private void string(String s) throws IOException {
        out.append('"');
        out.append(escape(s));
        out.append('"');
    }

    /**
     * The body of a JSON string literal for {@code s}: quotes, backslashes and control characters are
     * escaped, and so are lone surrogates (they cannot be encoded as UTF-8) and U+2028/U+2029 (which
     * older JavaScript parsers reject inside strings).
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(sb, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            unicodeEscape(sb, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicodeEscape(sb, c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
