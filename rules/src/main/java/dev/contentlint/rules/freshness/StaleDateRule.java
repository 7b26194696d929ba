package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds pages whose newest stated update date is older than the configured limit. */
@RuleInfo(id = "freshness/stale-date", summary = "The last-updated date a page states should be recent",
        severity = Severity.WARNING, category = Category.FRESHNESS)
public final class StaleDateRule implements Rule {

    /** Options of {@code freshness/stale-date}. */
    public record Options(
            @Option(description = "How many days old the newest stated update date may be", defaultValue = "365")
            int maxAgeDays,
            @Option(description = "Front matter keys whose value states when the page was last updated",
                    defaultValue = "[last_updated, last-updated, lastUpdated, lastmod, last_modified, updated, modified,"
                            + " date_modified, last_reviewed, reviewed, ms.date]")
            List<String> frontMatterKeys,
            @Option(description = "Whether a \"Published\" or \"Posted\" date counts as an update date",
                    defaultValue = "false")
            boolean countPublished) {
        public Options {
            if (maxAgeDays <= 0) throw new IllegalArgumentException("max-age-days must be > 0");
            frontMatterKeys = List.copyOf(frontMatterKeys);
        }

        /** Options that do not count "Published" dates. */
        public Options(int maxAgeDays, List<String> frontMatterKeys) {
            this(maxAgeDays, frontMatterKeys, false);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        DateParser.Order order = context.setting(DateParser.Order.SETTING);
        StatedDates.Scan scan = StatedDates.scan(document, options.frontMatterKeys(), order, options.countPublished());
        for (StatedDates.Invalid bad : scan.invalid())
            context.report(bad.span(), bad.written() + " is not a valid date in " + name(order) + " order (set date-order: "
                    + name(order == DateParser.Order.MDY ? DateParser.Order.DMY : DateParser.Order.MDY)
                    + " if dates here put the " + (order == DateParser.Order.MDY ? "day" : "month") + " first).");
        // Only the newest date counts: a page updated last week may still quote an older date.
        scan.dates().stream()
                .max(Comparator.comparing(StatedDates.StatedDate::date))
                .ifPresent(newest -> {
                    long age = ChronoUnit.DAYS.between(newest.date(), context.today());
                    if (age > options.maxAgeDays())
                        context.report(newest.span(), "Last updated " + newest.written() + " is " + grouped(age)
                                + " days old (limit " + grouped(options.maxAgeDays()) + ").");
                });
    }

    private static String name(DateParser.Order order) {
        return order.name().toLowerCase(Locale.ROOT);
    }

    private static String grouped(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
