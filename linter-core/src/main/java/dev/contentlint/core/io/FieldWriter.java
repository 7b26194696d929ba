package dev.contentlint.core.io;

import dev.contentlint.core.document.Location;

/**
 * Writes a value as a flat run of fields for the run cache: strings length-prefixed ({@code 5:hello}, null as
 * {@code -:}), numbers in decimal ended by {@code ;}. No field needs escaping, so any text survives; a
 * {@link FieldReader} reads the fields back in the order they were written.
 */
public final class FieldWriter {
    private final StringBuilder out = new StringBuilder();

    public FieldWriter string(String s) {
        if (s == null) out.append("-:");
        else out.append(s.length()).append(':').append(s);
        return this;
    }

    public FieldWriter number(long n) {
        out.append(n).append(';');
        return this;
    }

    public FieldWriter bool(boolean b) {
        return number(b ? 1 : 0);
    }

    /** A double by its bits, so it reads back exactly, NaN included. */
    public FieldWriter decimal(double d) {
        return number(Double.doubleToLongBits(d));
    }

    public FieldWriter location(Location l) {
        return number(l.line()).number(l.column()).number(l.endLine()).number(l.endColumn());
    }

    /** The fields written so far. */
    @Override
    public String toString() {
        return out.toString();
    }
}
