package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** glossary/unused-entry stores a file's used entries for the run cache and reads back the same set. */
class UnusedEntrySummaryTest {
    private final UnusedEntryRule rule = new UnusedEntryRule();

    private BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) b.set(i);
        return b;
    }

    @Test
    void usedEntriesRoundTrip() {
        for (BitSet used : new BitSet[] {bits(), bits(0), bits(63), bits(64), bits(0, 5, 63, 64, 200, 1000)}) {
            FieldWriter out = new FieldWriter();
            assertTrue(rule.storeSummary(used, out));
            FieldReader in = new FieldReader(out.toString());
            assertEquals(used, rule.loadSummary(in, null), out.toString());
            in.end();
        }
    }
}
