package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** freshness/stale-date reports at the date itself, in code-point columns, whatever the format and line breaks. */
class StaleDatePositionsTest {
    private static final RuleTester TESTER = RuleTester.forRule("freshness/stale-date");
    private static final Map<String, Object> TODAY = Map.of("today", "2026-11-26");

    private static Finding only(String name, String text) {
        List<Finding> findings = TESTER.lint(name, text, TODAY);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void markdownBodyDateAfterAnEmoji() {
        Finding f = only("a.md", "# Café 😀\n\n😀 Last updated: Feb 28, 2025\n");
        assertEquals(new Location(3, 17, 3, 29), f.location());
        assertEquals("Last updated Feb 28, 2025 is 636 days old (limit 365).", f.message());
    }

    @Test
    void frontMatterValue() {
        Finding f = only("a.md", "---\ntitle: Pricing\nlast_updated: 2025-02-28\n---\n# Pricing\n\nText.\n");
        assertEquals(new Location(3, 15, 3, 25), f.location());
        assertEquals("Last updated 2025-02-28 is 636 days old (limit 365).", f.message());
    }

    @Test
    void crlfLineBreaks() {
        Finding f = only("a.md", "# Notes\r\n\r\nText.\r\n\r\nLast updated: 28 Feb 2025\r\n");
        assertEquals(new Location(5, 15, 5, 26), f.location());
    }

    @Test
    void htmlDateAfterEntities() {
        Finding f = only("a.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head><body>\n"
                + "<p>Caf&eacute; &mdash; Last updated: <b>2025-02-28</b></p>\n</body></html>\n");
        assertEquals(new Location(3, 41, 3, 51), f.location());
    }

    @Test
    void textWithATab() {
        Finding f = only("a.txt", "Notes\n\n\tLast reviewed 02/28/2025\n");
        assertEquals(new Location(3, 16, 3, 26), f.location());
    }

    @Test
    void theNewestDateIsTheOneReported() {
        Finding f = only("a.md", "---\nlastmod: 2024-01-01\n---\n# T\n\nLast updated: 2025-02-28\n\nUpdated: 2023-05-01\n");
        assertEquals(6, f.location().line());
    }

    @Test
    void aDateWithinTheLimitIsNotReported() {
        assertEquals(List.of(), TESTER.lint("a.md", "# T\n\nLast updated: 2025-11-26\n", TODAY));
        assertEquals(1, TESTER.lint("a.md", "# T\n\nLast updated: 2025-11-25\n", TODAY).size());
    }

    @Test
    void jsonLdValueItself() {
        Finding f = only("a.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title>\n"
                + "<script type=\"application/ld+json\">{\"dateModified\": \"2025-02-28\"}</script>\n"
                + "</head><body><p>Text.</p></body></html>\n");
        assertEquals(new Location(3, 54, 3, 64), f.location());
        assertEquals("Last updated 2025-02-28 is 636 days old (limit 365).", f.message());
    }

    @Test
    void impossibleNumericDateInMonthFirstOrder() {
        Finding f = only("a.txt", "Notes\n\nLast updated 31/01/2025\n");
        assertEquals(new Location(3, 14, 3, 24), f.location());
        assertEquals("31/01/2025 is not a valid date in mdy order (set date-order: dmy if dates here put the day first).",
                f.message());
    }
}
