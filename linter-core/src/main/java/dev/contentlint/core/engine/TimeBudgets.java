package dev.contentlint.core.engine;

import dev.contentlint.core.document.Deadline;
import dev.contentlint.core.rule.CoreSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The time budget of each file of one run: a watchdog thread that measures the CPU time of each worker on its
 * current file and, once a file is over its budget, passes the file's {@link Deadline} and interrupts the worker.
 *
 * <p>CPU time of the worker thread, not wall time, so a busy machine or a wait for the grammar daemon does
 * not time a file out; where the JVM cannot measure thread CPU time, wall time is used.
 */
final class TimeBudgets implements AutoCloseable {
    private static final long TICK_MILLIS = 10;

    private final Duration perStep;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpuTime;
    private ScheduledExecutorService watchdog;

    /** @param perStep the budget for each {@link CoreSettings#BUDGET_STEP_BYTES} of a file; zero for none */
    TimeBudgets(Duration perStep) {
        this.perStep = perStep;
        this.cpuTime = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    }

    /** The budget of a file of {@code bytes}: the setting for each 10 MB, at least once. */
    Duration budget(long bytes) {
        double steps = Math.max(1.0, (double) bytes / CoreSettings.BUDGET_STEP_BYTES);
        return Duration.ofNanos((long) Math.min(Long.MAX_VALUE / 2.0, perStep.toNanos() * steps));
    }

    boolean enabled() {
        return !perStep.isZero();
    }

    /** Starts timing the calling thread's work on a file of {@code bytes}; {@link Running#close} ends it. */
    Running start(long bytes) {
        if (!enabled()) return new Running(null, 0, 0, Deadline.NONE, Duration.ZERO);
        Thread t = Thread.currentThread();
        Duration budget = budget(bytes);
        Running r = new Running(t, now(t), budget.toNanos(), new Deadline(), budget);
        running.add(r);
        ensureWatchdog();
        return r;
    }

    private synchronized void ensureWatchdog() {
        if (watchdog != null) return;
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "contentlint-time-budget");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        for (Running r : running) {
            long used = now(r.thread) - r.started;
            if (used > r.limitNanos) r.expire();
        }
    }

    private long now(Thread t) {
        if (cpuTime) {
            @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
            long cpu = threads.getThreadCpuTime(t.getId());
            if (cpu >= 0) return cpu;
        }
        return System.nanoTime();
    }

    @Override
    public synchronized void close() {
        if (watchdog != null) watchdog.shutdownNow();
    }

    /** One file being timed. */
    final class Running implements AutoCloseable {
        private final Thread thread;
        private final long started;
        private final long limitNanos;
        private final Deadline deadline;
        private final Duration budget;
        private boolean done;

        private Running(Thread thread, long started, long limitNanos, Deadline deadline, Duration budget) {
            this.thread = thread;
            this.started = started;
            this.limitNanos = limitNanos;
            this.deadline = deadline;
            this.budget = budget;
        }

        Deadline deadline() {
            return deadline;
        }

        Duration budget() {
            return budget;
        }

        private synchronized void expire() {
            if (done || deadline.passed()) return;
            deadline.pass();
            // Wakes the worker from a wait or sleep; close() clears it, so the worker's next file never sees it.
            thread.interrupt();
        }

        /** Stops timing; the worker's interrupt from an expiry, if any, is cleared. */
        @Override
        public void close() {
            if (thread == null) return;
            running.remove(this);
            synchronized (this) {
                done = true;
                Thread.interrupted();
            }
        }
    }
}
