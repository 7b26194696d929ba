package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.FrontMatter;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a document states about when it was last updated: in front matter under keys such as
 * {@code last_updated}, and in prose after labels such as "Last updated" or "Reviewed on". Dates in code,
 * and dates after other labels ("Published:"), are not update dates.
 */
public final class StatedDates {
    /** Where a stated date was written. */
    public enum Origin { FRONT_MATTER, BODY }

    /**
     * One stated date.
     *
     * @param date    the calendar day
     * @param written the date as the document writes it
     * @param span    the source span of the date (front matter: of the value)
     * @param origin  front matter or body
     */
    public record StatedDate(LocalDate date, String written, Span span, Origin origin) {}

    /** The front matter keys that state an update date unless configured otherwise. */
    public static final List<String> DEFAULT_KEYS = List.of("last_updated", "last-updated", "lastUpdated", "lastmod",
            "last_modified", "updated", "modified", "date_modified", "last_reviewed", "reviewed", "ms.date");

    // A label, then optional "on" and ":", then the date. A bare "Updated" needs its colon: "updated 3 files".
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:page\\s+)?last\\s+(?:updated|modified|reviewed)|updated\\s+on|reviewed\\s+on"
                    + "|updated(?=\\s*:))(?:\\s+on)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StatedDates() {}

    /** Every stated update date, front matter first, then the body in document order. */
    public static List<StatedDate> updated(Document document, List<String> frontMatterKeys, DateParser.Order order) {
        List<StatedDate> out = new ArrayList<>(fromFrontMatter(document.frontMatter(), frontMatterKeys, order));
        for (ProseBlock block : document.prose()) out.addAll(fromProse(block, order));
        return out;
    }

    /** Update dates in front matter values under any of {@code keys} (compared ignoring case). */
    static List<StatedDate> fromFrontMatter(FrontMatter fm, List<String> keys, DateParser.Order order) {
        List<StatedDate> out = new ArrayList<>();
        List<String> wanted = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        for (Map.Entry<String, Object> e : fm.values().entrySet()) {
            if (e.getValue() == null || !wanted.contains(e.getKey().toLowerCase(Locale.ROOT))) continue;
            String value = e.getValue().toString().strip();
            Optional<LocalDate> date = DateParser.parseWhole(value, order);
            if (date.isEmpty()) continue;
            Span span = fm.valueSpans().getOrDefault(e.getKey(), fm.keySpans().getOrDefault(e.getKey(), fm.span()));
            out.add(new StatedDate(date.get(), value, span, Origin.FRONT_MATTER));
        }
        return out;
    }

    /** Update dates after an update label in one prose block. */
    static List<StatedDate> fromProse(ProseBlock block, DateParser.Order order) {
        String text = block.text();
        // Every label holds one of these words; most blocks hold none, and this scan is far cheaper than the regex.
        if (!mentionsLabelWord(text)) return List.of();
        List<StatedDate> out = new ArrayList<>();
        Matcher label = UPDATED_LABEL.matcher(text);
        while (label.find()) {
            Optional<DateParser.Found> found = DateParser.parseAt(text, label.end(), order);
            if (found.isEmpty()) continue;
            DateParser.Found f = found.get();
            String written = text.substring(f.start(), f.end()).replaceAll("\\s+", " ");
            out.add(new StatedDate(f.date(), written, block.sourceSpan(f.start(), f.end()), Origin.BODY));
        }
        return out;
    }

    private static boolean mentionsLabelWord(String text) {
        for (int i = 0, n = text.length() - 7; i <= n; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'u' && text.regionMatches(true, i, "updated", 0, 7)
                    || c == 'm' && text.regionMatches(true, i, "modified", 0, 8)
                    || c == 'r' && text.regionMatches(true, i, "reviewed", 0, 8)) return true;
        }
        return false;
    }
}
