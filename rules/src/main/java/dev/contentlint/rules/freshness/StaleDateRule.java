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

/** A rule; see its {@link RuleInfo}. */
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
            List<String> frontMatterKeys) {
        public Options {
            if (maxAgeDays <= 0) throw new IllegalArgumentException("max-age-days must be > 0");
            frontMatterKeys = List.copyOf(frontMatterKeys);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        DateParser.Order order = DateParser.Order.of(context.setting("date-order"));
        // Only the newest date counts: a page updated last week may still quote an older date.
        StatedDates.updated(document, options.frontMatterKeys(), order).stream()
                .max(Comparator.comparing(StatedDates.StatedDate::date))
                .ifPresent(newest -> {
                    long age = ChronoUnit.DAYS.between(newest.date(), context.today());
                    if (age > options.maxAgeDays())
                        context.report(newest.span(), "Last updated " + newest.written() + " is " + grouped(age)
                                + " days old (limit " + grouped(options.maxAgeDays()) + ").");
                });
    }

    private static String grouped(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
