package dev.contentlint.rules.freshness;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds pages whose text changed in git after the update date they state. */
@RuleInfo(id = "freshness/behind-git", summary = "The stated last-updated date should not predate the last change git records",
        severity = Severity.WARNING, category = Category.FRESHNESS)
public final class BehindGitRule implements CorpusRule<BehindGitRule.Summary> {

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

    /** What the git check needs of one page: its file, its newest stated date and where that stands. */
    public record Summary(Path file, LocalDate stated, String written, Location location, Set<String> dateLines) {
        public Summary {
            dateLines = Set.copyOf(dateLines);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        // Everything happens in checkCorpus: findings that depend on git history must not be cached with the
        // file's own findings, which are keyed by its bytes, and the skip note must land on the first file.
    }

    @Override
    public Summary summarize(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        List<StatedDates.StatedDate> dates = StatedDates.updated(document, options.frontMatterKeys(),
                context.setting(DateParser.Order.SETTING));
        // Without a stated date there is nothing to compare, so git is not even asked.
        if (dates.isEmpty()) return null;
        StatedDates.StatedDate newest = dates.stream().max(Comparator.comparing(StatedDates.StatedDate::date)).orElseThrow();
        return new Summary(document.path(), newest.date(), newest.written(), document.location(newest.span()),
                dateLines(document, dates));
    }

    /**
     * The stated date, how it was written, where it stands and the date lines, for the run cache. The file's
     * place on disk is not stored: the cache gives the file where it is now.
     */
    @Override
    public boolean storeSummary(Summary summary, FieldWriter out) {
        out.string(summary.stated().toString()).string(summary.written()).location(summary.location())
                .number(summary.dateLines().size());
        for (String line : summary.dateLines()) out.string(line);
        return true;
    }

    @Override
    public Summary loadSummary(FieldReader in, Path file) {
        LocalDate stated = LocalDate.parse(in.string());
        String written = in.string();
        Location location = in.location();
        int n = in.integer();
        Set<String> dateLines = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) dateLines.add(in.string());
        return new Summary(file, stated, written, location, dateLines);
    }

    @Override
    public void checkCorpus(Map<String, Summary> summaries, CorpusContext context) {
        if (summaries.isEmpty()) return;
        GitHistory git = context.service(GitHistory.class);
        List<Map.Entry<String, Summary>> entries = List.copyOf(summaries.entrySet());
        // Each file that changed after its date costs one git process; run those side by side, report in order.
        List<GitHistory.Verdict> verdicts = entries.parallelStream()
                .map(e -> git.check(e.getValue().file(), e.getValue().stated(), e.getValue().dateLines()))
                .toList();
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, Summary> e = entries.get(i);
            Summary s = e.getValue();
            GitHistory.Verdict verdict = verdicts.get(i);
            if (verdict instanceof GitHistory.Behind behind) {
                context.report(e.getKey(), s.location(), "Last updated " + s.written() + ", but commit "
                        + behind.commit().substring(0, Math.min(10, behind.commit().length())) + " changed the text on "
                        + behind.date() + " without updating the date.");
            } else if (verdict instanceof GitHistory.Unavailable u && git.claimNote()) {
                // One note per run, on the first file in path order: the reason is the same for every file of a
                // checkout, and repeating it is noise.
                context.reportNote(e.getKey(), Location.FILE_START, "freshness/behind-git skipped: " + u.reason()
                        + ". It is not checked for any file of this run.");
            }
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
