package dev.contentlint.cli;

import dev.contentlint.core.engine.ProgressListener;
import java.io.PrintStream;

/**
 * Shows {@code [done/total] files} on one rewritten stderr line during long runs. Silent for the first second,
 * so quick runs print nothing, and redrawn at most ten times a second.
 */
final class ProgressLine implements ProgressListener {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long start;
    private long lastDraw;
    private int width;

    ProgressLine(PrintStream err) {
        this(err, System.nanoTime());
    }

    /** @param startNanos when the run started, on the {@link System#nanoTime()} clock */
    ProgressLine(PrintStream err, long startNanos) {
        this.err = err;
        this.start = startNanos;
    }

    @Override
    public synchronized void filesDone(int done, int total) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS) return;
        if (done < total && now - lastDraw < INTERVAL_NANOS) return;
        lastDraw = now;
        String line = "[" + done + "/" + total + "] files";
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Erases the line, if one was drawn, so the summary starts on a clean line. */
    synchronized void clear() {
        if (width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
