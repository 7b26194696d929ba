package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds update dates in one page that disagree by more than a day. */
@RuleInfo(id = "freshness/conflicting-dates", summary = "The update dates a page states should agree",
        severity = Severity.WARNING, category = Category.FRESHNESS)
public final class ConflictingDatesRule implements Rule {
    /** Distinct dates in the text from which on they read as a history. */
    private static final int HISTORY = 3;

    @Override
    public void check(Document document, RuleContext context) {
        DateParser.Order order = context.setting(DateParser.Order.SETTING);
        List<StatedDates.StatedDate> dates =
                statements(StatedDates.scan(document, StatedDates.DEFAULT_KEYS, order, false).dates());
        if (dates.size() < 2) return;
        dates.sort(Comparator.comparingInt(d -> d.span().start()));
        StatedDates.StatedDate first = dates.get(0);
        // One finding per distinct date: a page repeating the same wrong date in header and footer says it once.
        Set<Object> reported = new HashSet<>();
        for (StatedDates.StatedDate d : dates.subList(1, dates.size())) {
            // A day apart is time zones or a late-night edit, not a contradiction.
            if (Math.abs(ChronoUnit.DAYS.between(first.date(), d.date())) <= 1 || !reported.add(d.date())) continue;
            int line = document.location(first.span()).line();
            context.report(d.span(), "The stated update date " + d.written() + " differs from " + first.written()
                    + " on line " + line + ".");
        }
    }

    /**
     * The dates that speak for the whole page. Three or more different dates in the text are a history (a
     * changelog, a revision table) rather than contradicting statements: only its newest entry is the page's
     * own update date.
     */
    static List<StatedDates.StatedDate> statements(List<StatedDates.StatedDate> all) {
        List<StatedDates.StatedDate> body = all.stream().filter(d -> d.origin() == StatedDates.Origin.BODY).toList();
        long distinct = body.stream().map(StatedDates.StatedDate::date).distinct().count();
        if (distinct < HISTORY) return new ArrayList<>(all);
        StatedDates.StatedDate newest = body.stream().max(Comparator.comparing(StatedDates.StatedDate::date)).orElseThrow();
        List<StatedDates.StatedDate> out = new ArrayList<>();
        for (StatedDates.StatedDate d : all) if (d.origin() != StatedDates.Origin.BODY || d == newest) out.add(d);
        return out;
    }
}
