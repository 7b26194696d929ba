package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** Finds pages that state no update date at all. */
@RuleInfo(id = "freshness/missing-date", summary = "A page should state when it was last updated",
        severity = Severity.INFO, category = Category.FRESHNESS)
public final class MissingDateRule implements Rule {

    @Override
    public void check(Document document, RuleContext context) {
        DateParser.Order order = context.setting(DateParser.Order.SETTING);
        StatedDates.Scan scan = StatedDates.scan(document, StatedDates.DEFAULT_KEYS, order, false);
        // An unreadable date is still a stated one; stale-date reports it.
        if (scan.dates().isEmpty() && scan.invalid().isEmpty())
            context.reportFile("The page does not state when it was last updated.");
    }
}
