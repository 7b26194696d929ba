package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "freshness/behind-git", summary = "The stated last-updated date should not predate the last change git records",
        severity = Severity.WARNING, category = Category.FRESHNESS)
public final class BehindGitRule implements Rule {

    /** Options of {@code freshness/behind-git}. */
    public record Options(
            @Option(description = "Front matter keys whose value states when the page was last updated",
                    defaultValue = "[last_updated, last-updated, lastUpdated, lastmod, last_modified, updated, modified,"
                            + " date_modified, last_reviewed, reviewed, ms.date]")
            List<String> frontMatterKeys) {
        public Options {
            frontMatterKeys = List.copyOf(frontMatterKeys);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        List<StatedDates.StatedDate> dates = StatedDates.updated(document, options.frontMatterKeys(),
                DateParser.Order.of(context.setting("date-order")));
        // Without a stated date there is nothing to compare, so git is not even asked.
        if (dates.isEmpty()) return;
        StatedDates.StatedDate newest = dates.stream().max(Comparator.comparing(StatedDates.StatedDate::date)).orElseThrow();
        GitHistory git = context.service(GitHistory.class);
        GitHistory.Verdict verdict = git.check(document.path(), newest.date(), dateLines(document, dates));
        if (verdict instanceof GitHistory.Behind behind) {
            context.report(newest.span(), "Last updated " + newest.written() + ", but commit "
                    + behind.commit().substring(0, Math.min(10, behind.commit().length())) + " changed the text on "
                    + behind.date() + " without updating the date.");
        } else if (verdict instanceof GitHistory.Unavailable u && git.claimNote()) {
            // One note per run: the reason is the same for every file of a checkout, and repeating it is noise.
            context.reportNote(null, "freshness/behind-git skipped: " + u.reason()
                    + ". It is not checked for any file of this run.");
        }
    }

    /** The written dates and the whole lines that hold them, to recognise the commit that set the date. */
    private static Set<String> dateLines(Document document, List<StatedDates.StatedDate> dates) {
        SourceText source = document.source();
        Set<String> out = new LinkedHashSet<>();
        for (StatedDates.StatedDate d : dates) {
            out.add(d.written());
            out.add(source.lineText(source.line(d.span().start())).strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }
}
