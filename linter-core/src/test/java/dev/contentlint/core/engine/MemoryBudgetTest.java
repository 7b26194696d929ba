package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static final long MB = 1024 * 1024;

    @Test
    void twoLargeFilesDoNotRunAtOnceButSmallOnesDo() throws Exception {
        // 1000 MB of heap: 600 MB for files, so one 1.5 MB file (450 MB) at a time, and small ones beside it
        MemoryBudget budget = new MemoryBudget(1000 * MB);
        long first = budget.acquire(3 * MB / 2);
        long small = budget.acquire(100_000);
        CountDownLatch started = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try {
                long b = budget.acquire(3 * MB / 2);
                started.countDown();
                budget.release(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        assertFalse(started.await(200, TimeUnit.MILLISECONDS), "the second large file waits for the first");
        budget.release(first);
        assertTrue(started.await(30, TimeUnit.SECONDS), "and starts once the first is done");
        second.join();
        budget.release(small);
        assertEquals(0, budget.inUse());
    }

    @Test
    void aFileLargerThanTheWholeBudgetRunsAlone() throws InterruptedException {
        MemoryBudget budget = new MemoryBudget(100 * MB);
        long huge = budget.acquire(1024 * MB);
        assertEquals(budget.capacity(), huge);
        budget.release(huge);
        assertEquals(0, budget.inUse());
    }
}
