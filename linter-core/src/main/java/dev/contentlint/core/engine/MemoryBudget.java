package dev.contentlint.core.engine;

/**
 * Lets files into the workers only while the heap their work is expected to need fits: a file's need is its
 * size times {@link #BYTES_PER_BYTE}, and the files in work together may need at most {@link #SHARE} of the
 * maximum heap. A file that alone needs more runs alone. Small files never wait on each other: a run of
 * ordinary pages is as parallel as {@code --jobs} says.
 */
final class MemoryBudget {
    /**
     * Heap bytes that parsing and linting one byte of a file may take at its peak. Measured on the worst input
     * known, unclosed HTML tags repeated (about 2.5 elements per byte): 256 KB of it ran with the default rules
     * in a 96 MB heap and not in 48 MB, about 250 bytes per byte above the run's own needs. Ordinary pages
     * need far less, so this errs towards waiting.
     */
    static final long BYTES_PER_BYTE = 300;

    /** The part of the maximum heap the files in work may need together; the rest is for services and caches. */
    static final double SHARE = 0.6;

    private final long capacity;
    private long inUse;
    private int holders;

    MemoryBudget(long maxHeap) {
        this.capacity = (long) (maxHeap * SHARE);
    }

    /** What a file of {@code bytes} is expected to need. */
    static long need(long bytes) {
        return bytes > Long.MAX_VALUE / BYTES_PER_BYTE ? Long.MAX_VALUE : bytes * BYTES_PER_BYTE;
    }

    /** Waits until a file of {@code bytes} fits beside the files in work (or nothing else is), and books it. */
    synchronized long acquire(long bytes) throws InterruptedException {
        long need = Math.min(need(bytes), capacity);
        while (holders > 0 && inUse + need > capacity) wait();
        inUse += need;
        holders++;
        return need;
    }

    /** Gives back what {@link #acquire} booked. */
    synchronized void release(long booked) {
        inUse -= booked;
        holders--;
        notifyAll();
    }

    synchronized long inUse() {
        return inUse;
    }

    long capacity() {
        return capacity;
    }
}
