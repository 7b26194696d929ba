package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.time.LocalDate;

/** Finds stated update or publication dates that lie after today. */
@RuleInfo(id = "freshness/future-date", summary = "A page should not state that it was updated or published after today",
        severity = Severity.WARNING, category = Category.FRESHNESS)
public final class FutureDateRule implements Rule {

    @Override
    public void check(Document document, RuleContext context) {
        DateParser.Order order = context.setting(DateParser.Order.SETTING);
        LocalDate today = context.today();
        // A publication date in the future is as wrong as an update date there, so both count here.
        for (StatedDates.StatedDate d : StatedDates.scan(document, StatedDates.DEFAULT_KEYS, order, true).dates()) {
            // A month alone is read as its last day; it is only in the future when the whole month is.
            LocalDate earliest = DateParser.isMonthOnly(d.written()) ? d.date().withDayOfMonth(1) : d.date();
            if (earliest.isAfter(today))
                context.report(d.span(), "The stated date " + d.written() + " is after today (" + today + ").");
        }
    }
}
