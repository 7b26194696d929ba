package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The daemon's memory keeps the most recently used results within its byte budget. */
class RecentResultsTest {
    private static final List<LtMatch> MATCHES = List.of(new LtMatch("EN_A_VS_AN", "MISC", false, 8, 10,
            "Use \"a\" instead of \"an\".", List.of("a")));

    @Test
    void itReturnsWhatWasStoredAndCountsHits() {
        RecentResults r = new RecentResults(RecentResults.DEFAULT_MAX_BYTES);
        assertNull(r.get("k"));
        r.put("k", MATCHES);
        assertEquals(MATCHES, r.get("k"));
        assertEquals(1, r.hits());
        assertEquals(1, r.size());
    }

    @Test
    void overItsBudgetTheLeastRecentlyUsedGoFirst() {
        RecentResults one = new RecentResults(Long.MAX_VALUE);
        one.put("x", MATCHES);
        long entry = one.bytes();
        RecentResults r = new RecentResults(3 * entry);
        r.put("a", MATCHES);
        r.put("b", MATCHES);
        r.put("c", MATCHES);
        r.get("a");
        r.put("d", MATCHES);
        assertEquals(3, r.size());
        assertNull(r.get("b"), "the least recently used went");
        assertEquals(MATCHES, r.get("a"));
        assertTrue(r.bytes() <= 3 * entry, r.bytes() + " bytes");
    }

    @Test
    void replacingAnEntryCountsItsSizeOnce() {
        RecentResults r = new RecentResults(Long.MAX_VALUE);
        r.put("a", MATCHES);
        long once = r.bytes();
        r.put("a", MATCHES);
        assertEquals(once, r.bytes());
    }

    @Test
    void anEntryOverTheWholeBudgetIsStillKeptAlone() {
        RecentResults r = new RecentResults(1);
        r.put("a", MATCHES);
        r.put("b", MATCHES);
        assertEquals(1, r.size());
        assertEquals(MATCHES, r.get("b"));
    }
}
