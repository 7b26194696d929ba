package dev.contentlint.rules.readability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** readability/duplicate-passage stores a file's passages for the run cache and reads back the same ones. */
class DuplicatePassageSummaryTest {
    @Test
    void passagesRoundTrip() {
        DuplicatePassageRule rule = new DuplicatePassageRule();
        DuplicatePassageRule.Summary summary = new DuplicatePassageRule.Summary(List.of(
                new DuplicatePassageRule.Passage(new int[] {0, -1, Integer.MIN_VALUE, 0x7fffffff, 42},
                        new Location(3, 1, 4, 17), 23),
                new DuplicatePassageRule.Passage(new int[0], new Location(9, 5, 9, 6), 0)));
        DuplicatePassageRule.Summary back = roundTrip(rule, summary);
        assertEquals(2, back.passages().size());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(summary.passages().get(i).shingles(), back.passages().get(i).shingles());
            assertEquals(summary.passages().get(i).location(), back.passages().get(i).location());
            assertEquals(summary.passages().get(i).words(), back.passages().get(i).words());
        }
        assertEquals(List.of(), roundTrip(rule, new DuplicatePassageRule.Summary(List.of())).passages());
    }

    private static DuplicatePassageRule.Summary roundTrip(DuplicatePassageRule rule, DuplicatePassageRule.Summary summary) {
        FieldWriter out = new FieldWriter();
        assertTrue(rule.storeSummary(summary, out));
        FieldReader in = new FieldReader(out.toString());
        DuplicatePassageRule.Summary back = rule.loadSummary(in, null);
        in.end();
        return back;
    }
}
