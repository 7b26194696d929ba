package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values derived from a document: computed once, shared, and free to derive from one another. */
class DerivedValuesTest {
    /** A value of {@code depth} built from the one of {@code depth + 1}, down to 0 at {@code bottom}. */
    private static int chain(Document doc, int depth, int bottom, AtomicInteger computed) {
        return doc.derived("chain-" + depth, d -> {
            computed.incrementAndGet();
            return depth == bottom ? 0 : chain(d, depth + 1, bottom, computed) + 1;
        });
    }

    @Test
    void aValueMayBeDerivedFromAnotherWhateverTheirKeys() {
        // Nested keys land in the same bin of a hash table sooner or later; a chain of 200 makes sure they do.
        Document doc = Docs.md("# Title\n\nText.\n");
        AtomicInteger computed = new AtomicInteger();
        assertEquals(199, chain(doc, 0, 199, computed));
        assertEquals(200, computed.get());
        assertEquals(199, chain(doc, 0, 199, computed));
        assertEquals(200, computed.get(), "every value is computed once");
    }

    @Test
    void concurrentCallersShareOneComputation() throws Exception {
        Document doc = Docs.html("<p>x</p>");
        AtomicInteger computed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 16; i++)
                got.add(pool.submit(() -> doc.derived("shared", d -> {
                    computed.incrementAndGet();
                    return new Object();
                })));
            Object first = got.get(0).get();
            for (Future<Object> f : got) assertSame(first, f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
    }

    @Test
    void aComputationThatFailsIsTriedAgainByTheNextCaller() {
        Document doc = Docs.txt("x");
        assertThrows(IllegalStateException.class, () -> doc.derived("k", d -> { throw new IllegalStateException("no"); }));
        assertEquals("yes", doc.derived("k", d -> "yes"));
    }
}
