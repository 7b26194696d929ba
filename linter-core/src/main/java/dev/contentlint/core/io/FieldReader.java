package dev.contentlint.core.io;

import dev.contentlint.core.document.Location;

/**
 * Reads back what a {@link FieldWriter} wrote, field by field. A field of another kind than asked for, or text
 * that ends early, throws {@link IllegalArgumentException}: the stored form came from another version of the
 * writer, and the caller computes the value afresh.
 */
public final class FieldReader {
    private final String in;
    private int at;

    public FieldReader(String in) {
        this.in = in;
    }

    public String string() {
        int colon = in.indexOf(':', at);
        if (colon < 0) throw malformed("a string");
        String length = in.substring(at, colon);
        if (length.equals("-")) {
            at = colon + 1;
            return null;
        }
        int n = parseLength(length);
        int end = colon + 1 + n;
        if (end > in.length()) throw malformed("a string of " + n + " characters");
        at = end;
        return in.substring(colon + 1, end);
    }

    public long number() {
        int semicolon = in.indexOf(';', at);
        if (semicolon < 0) throw malformed("a number");
        try {
            long n = Long.parseLong(in, at, semicolon, 10);
            at = semicolon + 1;
            return n;
        } catch (NumberFormatException e) {
            throw malformed("a number");
        }
    }

    /** A number that must fit in an int. */
    public int integer() {
        long n = number();
        if (n != (int) n) throw malformed("a number of int size");
        return (int) n;
    }

    public boolean bool() {
        long n = number();
        if (n != 0 && n != 1) throw malformed("0 or 1");
        return n == 1;
    }

    public double decimal() {
        return Double.longBitsToDouble(number());
    }

    public Location location() {
        return new Location(integer(), integer(), integer(), integer());
    }

    /** Whether fields are left. */
    public boolean hasMore() {
        return at < in.length();
    }

    /** Checks that every field was read: leftovers mean the stored form is not the one expected. */
    public void end() {
        if (hasMore()) throw malformed("the end");
    }

    private int parseLength(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n < 0) throw malformed("a length");
            return n;
        } catch (NumberFormatException e) {
            throw malformed("a length");
        }
    }

    private IllegalArgumentException malformed(String expected) {
        return new IllegalArgumentException("stored fields: expected " + expected + " at " + at);
    }
}
