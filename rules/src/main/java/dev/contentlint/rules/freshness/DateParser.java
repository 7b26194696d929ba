package dev.contentlint.rules.freshness;

import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.core.rule.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates as people write them: ISO 8601 (with or without a time), "Feb 28, 2025",
 * "Feb. 28th, 2025", "February 28, 2025", "28 February 2025", "2025/02/28" and "02/28/2025"
 * (month first unless the order says otherwise) and a month alone, "February 2025" (read as its last day).
 * Impossible dates (February 30) are not dates.
 */
public final class DateParser {
    /** How to read an all-numeric date such as {@code 02/03/2025}. */
    public enum Order {
        /** Month, day, year: 02/28/2025. */
        MDY,
        /** Day, month, year: 28/02/2025. */
        DMY;

        /** The top-level {@code date-order} setting the freshness rules read; month first when unset. */
        public static final SettingSpec<Order> SETTING = new SettingSpec<>("date-order", Order.class,
                (node, directory) -> parse(node), MDY);

        /** {@code mdy} or {@code dmy}, in any case; anything else is a config error at its line. */
        static Order parse(YamlNode node) {
            String text = node.isScalar() ? node.text().trim() : "";
            for (Order o : values()) if (o.name().equalsIgnoreCase(text)) return o;
            throw node.error("expected mdy (month first, 02/28/2025) or dmy (day first, 28/02/2025), got "
                    + node.describe());
        }
    }

    /**
     * A date found in a text.
     *
     * @param date  the calendar day
     * @param start index of the first character of the date in the text
     * @param end   index just past its last character
     */
    public record Found(LocalDate date, int start, int end) {}

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s?(?:Z|[+-]\\d{2}(?::?\\d{2})?))?)?"
                    + END, FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})" + END, FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + END, FLAGS);
    private static final Pattern YEAR_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + END, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + END, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})" + END, FLAGS);

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private DateParser() {}

    /** The date that starts exactly at {@code from} in {@code text}, if one does. */
    public static Optional<Found> parseAt(CharSequence text, int from, Order order) {
        if (from > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, from))) return Optional.empty();
        Matcher m = ISO.matcher(text).region(from, text.length());
        if (m.lookingAt()) return found(m, num(m, 1), num(m, 2), num(m, 3));
        m = MONTH_DAY_YEAR.matcher(text).region(from, text.length());
        if (m.lookingAt()) return found(m, num(m, 3), month(m.group(1)), num(m, 2));
        m = DAY_MONTH_YEAR.matcher(text).region(from, text.length());
        if (m.lookingAt()) return found(m, num(m, 3), month(m.group(2)), num(m, 1));
        m = YEAR_SLASH.matcher(text).region(from, text.length());
        if (m.lookingAt()) return found(m, num(m, 1), num(m, 2), num(m, 3));
        m = NUMERIC.matcher(text).region(from, text.length());
        if (m.lookingAt()) {
            int a = num(m, 1), b = num(m, 2), year = num(m, 3);
            Optional<Found> first = order == Order.MDY ? found(m, year, a, b) : found(m, year, b, a);
            // A first number over 12 cannot be a month, so the date reads unambiguously the other way.
            return first.isPresent() ? first : order == Order.MDY ? found(m, year, b, a) : found(m, year, a, b);
        }
        m = MONTH_YEAR.matcher(text).region(from, text.length());
        if (m.lookingAt()) {
            // A month alone says the page was updated some day in it; only after its last day can it age.
            int month = month(m.group(1));
            return Optional.of(new Found(YearMonth.of(num(m, 2), month).atEndOfMonth(), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /**
     * The end index of an all-numeric date starting at {@code from} that is not a calendar day when read in
     * {@code order} (28/02/2025 in month-first order), if one starts there.
     */
    public static OptionalInt invalidNumericAt(CharSequence text, int from, Order order) {
        if (from > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, from))) return OptionalInt.empty();
        Matcher m = NUMERIC.matcher(text).region(from, text.length());
        if (!m.lookingAt()) return OptionalInt.empty();
        int a = num(m, 1), b = num(m, 2), year = num(m, 3);
        Optional<Found> inOrder = order == Order.MDY ? found(m, year, a, b) : found(m, year, b, a);
        return inOrder.isPresent() ? OptionalInt.empty() : OptionalInt.of(m.end());
    }

    /** Whether {@code written} names only a month and year ("February 2025"), not a day. */
    public static boolean isMonthOnly(String written) {
        return MONTH_YEAR.matcher(written.strip()).matches();
    }

    /** The date a whole value states (a front matter value), surrounding space allowed. */
    public static Optional<LocalDate> parseWhole(String value, Order order) {
        String v = value.strip();
        return parseAt(v, 0, order).filter(f -> f.end() == v.length()).map(Found::date);
    }

    private static Optional<Found> found(Matcher m, int year, int month, int day) {
        try {
            return Optional.of(new Found(LocalDate.of(year, month, day), m.start(), m.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
