package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.YamlNode;
import dev.contentlint.rules.freshness.DateParser.Order;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final LocalDate FEB_28 = LocalDate.of(2025, 2, 28);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-28", "2025-02-28T10:15", "2025-02-28T10:15:30Z", "2025-02-28 10:15:30 +0000",
            "2025-02-28T10:15:30.123+01:00", "Feb 28, 2025", "Feb. 28th, 2025", "February 28, 2025",
            "february 28 2025", "FEB 28, 2025", "28 February 2025", "28 Feb 2025", "28th of February, 2025",
            "2025/02/28", "02/28/2025", "2/28/2025"})
    void readsEveryWrittenForm(String written) {
        assertEquals(Optional.of(FEB_28), DateParser.parseWhole(written, Order.MDY));
        assertEquals(written.length(), DateParser.parseAt(written + ".", 0, Order.MDY).orElseThrow().end());
    }

    @Test
    void numericDatesFollowTheOrder() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), DateParser.parseWhole("02/03/2025", Order.MDY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 2)), DateParser.parseWhole("02/03/2025", Order.DMY));
        // 28 cannot be a month, so only one reading is possible.
        assertEquals(Optional.of(FEB_28), DateParser.parseWhole("28/02/2025", Order.MDY));
        assertEquals(Optional.of(FEB_28), DateParser.parseWhole("02/28/2025", Order.DMY));
        assertEquals(Order.DMY, Order.parse(YamlNode.of("DMY", "date-order")));
        assertEquals(Order.MDY, Order.parse(YamlNode.of(" mdy ", "date-order")));
        assertEquals("date-order: expected mdy (month first, 02/28/2025) or dmy (day first, 28/02/2025), got 'ymd'",
                assertThrows(ConfigException.class, () -> Order.parse(YamlNode.of("ymd", "date-order"))).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-30", "Feb 30, 2025", "13/13/2025", "2025-2-28", "Febr 28, 2025", "Mayday 1, 2025",
            "20250228", "12025-02-28", "2025-02-281", "Feb 28, 20251", "next week", "''"})
    void rejectsWhatIsNotADate(String text) {
        assertEquals(Optional.empty(), DateParser.parseWhole(text, Order.MDY));
    }

    @Test
    void findsADateOnlyAtAWordStart() {
        String text = "x2025-02-28 and 2025-02-28";
        assertEquals(Optional.empty(), DateParser.parseAt(text, 1, Order.MDY));
        DateParser.Found f = DateParser.parseAt(text, 16, Order.MDY).orElseThrow();
        assertEquals(new DateParser.Found(FEB_28, 16, 26), f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"February 2025", "Feb 2025", "Feb. 2025", "february, 2025"})
    void readsAMonthAsItsLastDay(String text) {
        assertEquals(Optional.of(FEB_28), DateParser.parseWhole(text, Order.MDY));
        assertEquals(true, DateParser.isMonthOnly(text));
    }

    @Test
    void aLeapFebruaryEndsOnThe29th() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateParser.parseWhole("February 2024", Order.MDY));
        assertEquals(false, DateParser.isMonthOnly("February 28, 2025"));
    }

    @Test
    void findsNumericDatesImpossibleInTheOrder() {
        assertEquals(OptionalInt.of(12), DateParser.invalidNumericAt("x 28/02/2025.", 2, Order.MDY));
        assertEquals(OptionalInt.empty(), DateParser.invalidNumericAt("x 28/02/2025.", 2, Order.DMY));
        assertEquals(OptionalInt.of(10), DateParser.invalidNumericAt("02/28/2025", 0, Order.DMY));
        assertEquals(OptionalInt.of(10), DateParser.invalidNumericAt("13/13/2025", 0, Order.MDY));
        assertEquals(OptionalInt.empty(), DateParser.invalidNumericAt("2025-02-28", 0, Order.MDY));
    }
}
