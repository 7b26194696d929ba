package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** spelling/misspelling stores a file's unknown words, notes, code words and names for the run cache and reads back the same. */
class MisspellingSummaryTest {
    private final MisspellingRule rule = new MisspellingRule();

    @Test
    void summariesRoundTrip() {
        var full = new MisspellingRule.Summary(
                List.of(new MisspellingRule.Candidate("recieved", new Location(3, 5, 3, 13), "MORFOLOGIK_RULE_EN_US",
                                "TYPOS", List.of("received", "relieved"), true),
                        new MisspellingRule.Candidate("zorbly's: \"odd\"", new Location(9, 1, 9, 9), "R", "C", List.of(), false)),
                List.of(new MisspellingRule.Note(new Location(1, 1, 1, 1), "a paragraph of 1,000 words was not checked")),
                Set.of("hashtable", "get"), Set.of("Otterize"), Set.of("received", "paragraph"));
        var empty = new MisspellingRule.Summary(List.of(), List.of(), Set.of("kubectl"), Set.of(), Set.of());
        for (MisspellingRule.Summary s : List.of(full, empty)) {
            FieldWriter out = new FieldWriter();
            assertTrue(rule.storeSummary(s, out));
            FieldReader in = new FieldReader(out.toString());
            assertEquals(s, rule.loadSummary(in, null), out.toString());
            in.end();
        }
    }
}
