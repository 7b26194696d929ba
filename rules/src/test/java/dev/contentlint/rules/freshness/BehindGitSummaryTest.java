package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * freshness/behind-git stores a page's stated date for the run cache and reads it back for the file where it is
 * now, so a cache that moved with a checkout asks git about the right file.
 */
class BehindGitSummaryTest {
    @Test
    void summaryRoundTripsWithTheFileWhereItIsNow() {
        BehindGitRule rule = new BehindGitRule();
        BehindGitRule.Summary summary = new BehindGitRule.Summary(Path.of("/old/checkout/docs/a.md"),
                LocalDate.of(2025, 2, 28), "Feb 28, 2025", new Location(3, 15, 3, 27),
                Set.of("Feb 28, 2025", "Last updated: Feb 28, 2025 — ünïcode", "two\nlines: 3:x; -:"));
        Path now = Path.of("/new/checkout/docs/a.md");
        BehindGitRule.Summary back = roundTrip(rule, summary, now);
        assertEquals(new BehindGitRule.Summary(now, summary.stated(), summary.written(), summary.location(),
                summary.dateLines()), back);

        BehindGitRule.Summary noLines = new BehindGitRule.Summary(now, LocalDate.of(2024, 1, 1), "2024-01-01",
                new Location(1, 1, 1, 11), Set.of());
        assertEquals(noLines, roundTrip(rule, noLines, now));
    }

    private static BehindGitRule.Summary roundTrip(BehindGitRule rule, BehindGitRule.Summary summary, Path now) {
        FieldWriter out = new FieldWriter();
        assertTrue(rule.storeSummary(summary, out));
        FieldReader in = new FieldReader(out.toString());
        BehindGitRule.Summary back = rule.loadSummary(in, now);
        in.end();
        return back;
    }
}
