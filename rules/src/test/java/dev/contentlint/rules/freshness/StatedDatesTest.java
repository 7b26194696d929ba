package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.document.FrontMatter;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.rules.freshness.DateParser.Order;
import dev.contentlint.rules.freshness.StatedDates.Origin;
import dev.contentlint.rules.freshness.StatedDates.StatedDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDatesTest {
    /** A block whose text stands at source offset 100 onwards, one source character per text character. */
    private static ProseBlock block(String text) {
        int[] offsets = IntStream.rangeClosed(0, text.length()).map(i -> 100 + i).toArray();
        return new ProseBlock(ProseBlock.Kind.PARAGRAPH, text, offsets, new Span(100, 100 + text.length()), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last updated Feb 28, 2025|13", "Last Updated: Feb 28, 2025|14", "LAST UPDATED ON Feb 28, 2025|16",
            "Updated on Feb 28, 2025|11", "Page last updated: Feb 28, 2025|19", "Last modified Feb 28, 2025|14",
            "Last reviewed 2025-02-28|14", "Reviewed on 28 Feb 2025|12", "Updated: 02/28/2025|9",
            "The guide (updated: Feb 28, 2025) helps.|20"})
    void readsDatesAfterUpdateLabels(String text, int dateStart) {
        List<StatedDate> dates = StatedDates.fromProse(block(text), Order.MDY);
        assertEquals(1, dates.size(), text);
        StatedDate d = dates.get(0);
        assertEquals(LocalDate.of(2025, 2, 28), d.date());
        assertEquals(Origin.BODY, d.origin());
        assertEquals(100 + dateStart, d.span().start());
        assertEquals(d.span().start() + d.written().length(), d.span().end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published: Feb 28, 2025", "Posted on Feb 28, 2025", "We updated 3 files on Feb 28, 2025",
            "Feb 28, 2025", "Last updated recently", "Outdated: Feb 28, 2025", "Dateupdated: 2025-02-28"})
    void ignoresOtherDates(String text) {
        assertEquals(List.of(), StatedDates.fromProse(block(text), Order.MDY));
    }

    @Test
    void keepsTheDateAsWrittenWithSoftBreaksAsSpaces() {
        StatedDate d = StatedDates.fromProse(block("Last updated Feb\n28, 2025."), Order.MDY).get(0);
        assertEquals("Feb 28, 2025", d.written());
    }

    @Test
    void readsConfiguredFrontMatterKeysIgnoringCase() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "2020-01-01");
        values.put("LastMod", "2024-05-06");
        values.put("published", "2025-01-01");
        values.put("updated", "not a date");
        values.put("reviewed", null);
        FrontMatter fm = new FrontMatter(values, Map.of(), Map.of("LastMod", new Span(30, 40)), new Span(0, 80));
        List<StatedDate> dates = StatedDates.fromFrontMatter(fm, StatedDates.DEFAULT_KEYS, Order.MDY);
        assertEquals(List.of(new StatedDate(LocalDate.of(2024, 5, 6), "2024-05-06", new Span(30, 40), Origin.FRONT_MATTER)),
                dates);
    }
}
