package dev.contentlint.core.report;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleStatus;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A fixed run whose findings contain everything that is hard to escape in some format. */
final class ReportFixture {
    static final String VERSION = "1.2.3";

    static final String HTML = "docs/<b>&'q'.html";
    static final String COMMA = "docs/a,b:c.md";
    static final String UNICODE = "docs/ünï cödé 文档.md";
    static final String CLEAN = "docs/clean.md";
    static final String README = "README.md";

    static final String ALT_MESSAGE = "Image \"logo.png\" has no alt text; add alt=\"…\" to <img> & co.";
    static final String STALE_MESSAGE = "Date 2019-01-01 is stale:\nupdate it, or\r\nmark it 100% historical, ok?";
    static final String SPELLING_MESSAGE = "Unknown word 'naïve' 🙂, did you mean 'naive'?";
    static final String CONTROL_MESSAGE = "Parse failed at \u0007bell\u0000nul\tand lone \uD800 surrogate";

    private ReportFixture() {}

    static RuleMeta rule(String id, String summary, Severity severity, Category category, List<String> wcag,
                         List<String> act) {
        return new RuleMeta(id, summary, severity, category, wcag, act, RuleStatus.STABLE, List.of(), List.of());
    }

    static List<RuleMeta> rules() {
        return List.of(
                rule("accessibility/img-alt-text", "Images need a text alternative.", Severity.ERROR,
                        Category.ACCESSIBILITY, List.of("1.1.1"), List.of("23a2a8")),
                rule("freshness/stale-date", "Dates older than the allowed age.", Severity.WARNING,
                        Category.FRESHNESS, List.of(), List.of()),
                rule("spelling/misspelling", "Words not in the dictionary.", Severity.INFO, Category.SPELLING,
                        List.of(), List.of()),
                rule("contentlint/parse-error", "The file could not be parsed.", Severity.ERROR,
                        Category.INTERNAL, List.of(), List.of()));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("accessibility/img-alt-text", Severity.ERROR, ALT_MESSAGE, HTML,
                        new Location(3, 5, 3, 30), List.of(),
                        Map.of("element", "img", "src", "logo.png")),
                new Finding("freshness/stale-date", Severity.WARNING, STALE_MESSAGE, COMMA,
                        new Location(1, 1, 2, 5)),
                new Finding("spelling/misspelling", Severity.INFO, SPELLING_MESSAGE, UNICODE,
                        new Location(7, 3, 7, 8),
                        List.of(new Fix(new Location(7, 3, 7, 8), "naive", "Replace with \"naive\"", FixSafety.UNSAFE)),
                        Map.of("suggestions", "naive,native")),
                // The same finding twice in one file: fingerprints must still differ.
                new Finding("freshness/stale-date", Severity.WARNING, "Date 2020-02-02 is stale.", README,
                        new Location(4, 1, 4, 11)),
                new Finding("freshness/stale-date", Severity.WARNING, "Date 2020-02-02 is stale.", README,
                        new Location(9, 1, 9, 11)),
                new Finding("contentlint/parse-error", Severity.ERROR, CONTROL_MESSAGE, README,
                        Location.FILE_START),
                // A rule the run has no metadata for: outputs must cope without docs URL or rule index.
                new Finding("custom/unknown-rule", Severity.INFO, "Seen by a rule without metadata.", README,
                        new Location(2, 2, 2, 3)));
    }

    static RunResult result() {
        return new RunResult(findings(), List.of(UNICODE, README, CLEAN, COMMA, HTML), rules(),
                Duration.ofMillis(412));
    }

    /**
     * The run with two findings hidden: one by an inline comment that gives a reason, one by a baseline entry
     * without one.
     */
    static RunResult suppressed() {
        Finding inline = new Finding("freshness/stale-date", Severity.WARNING, "Date 2018-03-03 is stale.", README,
                new Location(12, 1, 12, 11));
        Finding accepted = new Finding("accessibility/img-alt-text", Severity.ERROR, ALT_MESSAGE, CLEAN,
                new Location(5, 1, 5, 20));
        return result().withSuppressed(findings(), List.of(
                new SuppressedFinding(inline, SuppressedFinding.Kind.IN_SOURCE, "archived \"page\"",
                        new Location(11, 1, 11, 70)),
                new SuppressedFinding(accepted, SuppressedFinding.Kind.EXTERNAL, null)));
    }

    static RunResult clean() {
        return new RunResult(List.of(), List.of(README, CLEAN), rules(), Duration.ofMillis(250));
    }

    static String render(Formatter f, RunResult result, FormatOptions options) {
        StringBuilder sb = new StringBuilder();
        try {
            f.write(result, sb, options);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}
