package dev.contentlint.core.document;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A stop signal for the work on one file, raised from outside (by the engine's time budget) and observed
 * where the work loops: parsers read their input through {@link #text} or {@link #reader}, and the engine
 * checks between rules. Observing it throws {@link Exceeded}, which unwinds the file's work.
 */
public final class Deadline {
    /** A deadline that never passes. */
    public static final Deadline NONE = new Deadline();

    /** Characters read between two looks at the flag: cheap enough to vanish, often enough to stop in time. */
    private static final int CHECK_EVERY = 1 << 14;

    private volatile boolean passed;

    /** Raises the signal; whoever checks next stops. */
    public void pass() {
        if (this != NONE) passed = true;
    }

    public boolean passed() {
        return passed;
    }

    /** Throws {@link Exceeded} once the signal is raised. */
    public void check() {
        if (passed) throw new Exceeded();
    }

    /** {@code s} as a sequence that checks this deadline every few thousand characters read. */
    public CharSequence text(String s) {
        return this == NONE ? s : new Checked(s, this);
    }

    /** A reader of {@code s} that checks this deadline on each read. */
    public Reader reader(String s) {
        return this == NONE ? new StringReader(s) : new StringReader(s) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                check();
                return super.read(buf, off, len);
            }
        };
    }

    /** Thrown where a passed deadline is observed. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("the file's time budget ran out", null, false, false);
        }
    }

    private static final class Checked implements CharSequence {
        private final String s;
        private final Deadline deadline;
        private int countdown = CHECK_EVERY;

        Checked(String s, Deadline deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--countdown < 0) {
                countdown = CHECK_EVERY;
                deadline.check();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            deadline.check();
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
