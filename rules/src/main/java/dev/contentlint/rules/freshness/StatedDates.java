package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.FrontMatter;
import dev.contentlint.core.document.HtmlElements;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The dates a document states about when it was last updated: in front matter under keys such as
 * {@code last_updated}, in prose after labels such as "Last updated" or "Reviewed on" and after "As of" opening a
 * block. Dates in code, and dates after other labels ("Published:"), are not update dates.
 */
public final class StatedDates {
    /** Where a stated date was written. */
    public enum Origin { FRONT_MATTER, BODY, META, TIME, JSON_LD }

    /**
     * One stated date.
     *
     * @param date    the calendar day
     * @param written the date as the document writes it
     * @param span    the source span of the date (front matter: of the value)
     * @param origin  front matter or body
     */
    public record StatedDate(LocalDate date, String written, Span span, Origin origin) {}

    /**
     * A stated update date that is all numbers and no calendar day in the configured order.
     *
     * @param written the date as the document writes it
     * @param span    its source span
     */
    public record Invalid(String written, Span span) {}

    /**
     * Everything a document states about its update date.
     *
     * @param dates   the readable dates, front matter first, then the body, then HTML metadata
     * @param invalid the numeric dates that are not dates in the configured order
     */
    public record Scan(List<StatedDate> dates, List<Invalid> invalid) {
        public Scan {
            dates = List.copyOf(dates);
            invalid = List.copyOf(invalid);
        }
    }

    /** The HTML meta names and properties whose content states when a page was modified. */
    public static final List<String> META_NAMES =
            List.of("last-modified", "article:modified_time", "dcterms.modified", "revised", "date");

    /** The front matter keys that state an update date unless configured otherwise. */
    public static final List<String> DEFAULT_KEYS = List.of("last_updated", "last-updated", "lastUpdated", "lastmod",
            "last_modified", "updated", "modified", "date_modified", "last_reviewed", "reviewed", "ms.date");

    // A label, then optional "on" and ":", then the date. A bare "Updated" needs its colon: "updated 3 files".
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:page\\s+)?last\\s+(?:updated|modified|reviewed)|updated\\s+on|reviewed\\s+on"
                    + "|updated(?=\\s*:))(?:\\s+on)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:published|posted)(?:\\s+on)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // An update label that ends the text before a <time> element: "Last updated on <time ...>", "As of <time ...>".
    private static final Pattern LABEL_BEFORE_TIME = Pattern.compile(
            "(?:(?:page\\s+)?last\\s+(?:updated|modified|reviewed)|updated\\s+on|reviewed\\s+on|updated)"
                    + "(?:\\s+on)?\\s*:?\\s*$|^\\s*as\\s+of\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // An update label that opens the text of a <time> element: <time datetime="...">Updated March 1, 2027</time>.
    // Inside the element a bare "Updated" needs no colon: the element says the words around it are a date.
    private static final Pattern LABEL_IN_TIME = Pattern.compile(
            "\\s*(?:(?:page\\s+)?last\\s+(?:updated|modified|reviewed)|updated|reviewed|modified)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // "As of September 2023" opening a paragraph, list item or cell states when its facts were current; inside a
    // sentence ("TLS 1.1 is (as of 2016) optional") it dates one remark, not the page.
    private static final Pattern AS_OF = Pattern.compile("\\s*as\\s+of\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern JSON_LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{1,64})\"");

    private StatedDates() {}

    /** Every stated update date, front matter first, then the body in document order. */
    public static List<StatedDate> updated(Document document, List<String> frontMatterKeys, DateParser.Order order) {
        return scan(document, frontMatterKeys, order, false).dates();
    }

    /**
     * Every stated update date and every unreadable numeric one: front matter, prose after an update label
     * (and after "Published" or "Posted" when {@code countPublished}), and in HTML the modification meta
     * tags, {@code <time datetime>} after an update label and JSON-LD {@code dateModified}.
     */
    public static Scan scan(Document document, List<String> frontMatterKeys, DateParser.Order order,
            boolean countPublished) {
        // Four freshness rules read the same dates: scan each document once per distinct setting.
        return document.derived(new ScanKey(List.copyOf(frontMatterKeys), order, countPublished),
                d -> compute(d, frontMatterKeys, order, countPublished));
    }

    private record ScanKey(List<String> frontMatterKeys, DateParser.Order order, boolean countPublished) {}

    private static Scan compute(Document document, List<String> frontMatterKeys, DateParser.Order order,
            boolean countPublished) {
        List<StatedDate> dates = new ArrayList<>(fromFrontMatter(document.frontMatter(), frontMatterKeys, order));
        List<Invalid> invalid = new ArrayList<>();
        for (ProseBlock block : document.prose()) {
            scanProse(block, UPDATED_LABEL, order, dates, invalid);
            asOf(block, order, dates);
            if (countPublished) scanProse(block, PUBLISHED_LABEL, order, dates, invalid);
        }
        if (document.format() == Format.HTML) fromHtml(document, order, dates);
        return new Scan(dates, invalid);
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
        List<StatedDate> out = new ArrayList<>();
        scanProse(block, UPDATED_LABEL, order, out, new ArrayList<>());
        return out;
    }

    private static void scanProse(ProseBlock block, Pattern labels, DateParser.Order order, List<StatedDate> dates,
            List<Invalid> invalid) {
        String text = block.text();
        // Every label holds one of these words; most blocks hold none, and this scan is far cheaper than the regex.
        if (labels == UPDATED_LABEL ? !mentionsLabelWord(text) : !mentionsPublished(text)) return;
        Matcher label = labels.matcher(text);
        while (label.find()) {
            int at = label.end();
            OptionalInt bad = DateParser.invalidNumericAt(text, at, order);
            if (bad.isPresent()) {
                invalid.add(new Invalid(text.substring(at, bad.getAsInt()), block.sourceSpan(at, bad.getAsInt())));
                continue;
            }
            Optional<DateParser.Found> found = DateParser.parseAt(text, at, order);
            if (found.isEmpty()) continue;
            DateParser.Found f = found.get();
            String written = text.substring(f.start(), f.end()).replaceAll("\\s+", " ");
            dates.add(new StatedDate(f.date(), written, block.sourceSpan(f.start(), f.end()), Origin.BODY));
        }
    }

    /** A date that opens a block after "As of", when the date ends there or a clause follows. */
    private static void asOf(ProseBlock block, DateParser.Order order, List<StatedDate> dates) {
        String text = block.text();
        Matcher label = AS_OF.matcher(text);
        if (!label.lookingAt()) return;
        Optional<DateParser.Found> found = DateParser.parseAt(text, label.end(), order);
        if (found.isEmpty()) return;
        DateParser.Found f = found.get();
        String rest = text.substring(f.end()).stripLeading();
        if (!rest.isEmpty() && ",.:;".indexOf(rest.charAt(0)) < 0) return;
        String written = text.substring(f.start(), f.end()).replaceAll("\\s+", " ");
        dates.add(new StatedDate(f.date(), written, block.sourceSpan(f.start(), f.end()), Origin.BODY));
    }

    // The page's elements by name are shared by the rules: a query of the whole tree per selector was a walk each.
    private static final Evaluator DATED_META = QueryParser.parse("meta[name], meta[property], meta[http-equiv]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    private static void fromHtml(Document document, DateParser.Order order, List<StatedDate> dates) {
        org.jsoup.nodes.Document html = document.html();
        if (html == null) return;
        HtmlElements elements = HtmlElements.of(document);
        for (Element meta : elements.named("meta")) {
            if (!meta.is(DATED_META)) continue;
            String name = meta.hasAttr("name") ? meta.attr("name")
                    : meta.hasAttr("property") ? meta.attr("property") : meta.attr("http-equiv");
            if (!META_NAMES.contains(name.strip().toLowerCase(Locale.ROOT))) continue;
            String content = meta.attr("content").strip();
            DateParser.parseWhole(content, order).ifPresent(
                    d -> dates.add(new StatedDate(d, content, document.spanOf(meta), Origin.META)));
        }
        for (Element time : elements.named("time")) {
            if (!time.is(TIME)) continue;
            boolean labelled = time.parent() != null && LABEL_BEFORE_TIME.matcher(textBefore(time)).find()
                    || LABEL_IN_TIME.matcher(time.text()).lookingAt();
            if (!labelled) continue;
            String value = time.attr("datetime").strip();
            DateParser.parseWhole(value, order).ifPresent(
                    d -> dates.add(new StatedDate(d, value, document.spanOf(time), Origin.TIME)));
        }
        String source = document.text();
        for (Element script : elements.named("script")) {
            if (!script.is(JSON_LD)) continue;
            Span whole = document.spanOf(script);
            Matcher m = JSON_LD_MODIFIED.matcher(script.data());
            while (m.find()) {
                String value = m.group(1).strip();
                Optional<LocalDate> date = DateParser.parseWhole(value, order);
                if (date.isEmpty()) continue;
                // Point at the value itself when it can be found in the source, else at the script element.
                int at = source.indexOf(m.group(), whole.start());
                Span span = at >= 0 && at < whole.end()
                        ? new Span(at + m.start(1) - m.start(), at + m.end(1) - m.start()) : whole;
                dates.add(new StatedDate(date.get(), value, span, Origin.JSON_LD));
            }
        }
    }

    private static String textBefore(Element time) {
        StringBuilder sb = new StringBuilder();
        for (Node n : time.parent().childNodes()) {
            if (n == time) break;
            sb.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        }
        return sb.toString();
    }

    private static boolean mentionsPublished(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("published") || lower.contains("posted");
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
