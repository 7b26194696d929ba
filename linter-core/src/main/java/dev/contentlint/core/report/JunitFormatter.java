package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI test reports (GitLab {@code artifacts:reports:junit}, Jenkins, Azure): one test case per
 * checked file, failing when the file has a finding at or above {@link FormatOptions#failOn()}, the run's
 * threshold, so the test report's status matches the exit code or the build result.
 *
 * <p>A failing case carries a single {@code <failure>}, because Jenkins and GitLab show only the first
 * failure of a case: its text lists every finding of the file at or above the threshold as GNU lines, its
 * {@code type} names the rules involved. Findings below the threshold do not fail a case; they go to its
 * {@code <system-out>}, and the case passes rather than being skipped, because the file was checked.
 */
public final class JunitFormatter implements Formatter {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        Map<String, List<Finding>> files = ReportFiles.byPath(result);
        Severity threshold = options.failOn();
        long failures = files.values().stream()
                .filter(fs -> fs.stream().anyMatch(f -> f.severity().atLeast(threshold))).count();
        String time = String.format(Locale.ROOT, "%.3f", result.elapsed().toMillis() / 1000.0);

        XmlWriter x = new XmlWriter(out);
        x.declaration();
        x.start("testsuites").attribute("name", "contentlint").attribute("tests", files.size())
                .attribute("failures", failures).attribute("errors", 0).attribute("time", time);
        x.start("testsuite").attribute("name", "contentlint").attribute("tests", files.size())
                .attribute("failures", failures).attribute("errors", 0).attribute("skipped", 0)
                .attribute("time", time);
        for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
            x.start("testcase").attribute("classname", file.getKey()).attribute("name", file.getKey());
            List<Finding> failing = file.getValue().stream().filter(f -> f.severity().atLeast(threshold)).toList();
            List<Finding> passing = file.getValue().stream().filter(f -> !f.severity().atLeast(threshold)).toList();
            if (!failing.isEmpty()) {
                x.start("failure").attribute("message", failureMessage(failing))
                        .attribute("type", failing.stream().map(Finding::ruleId).distinct()
                                .collect(Collectors.joining(" ")))
                        .text(lines(failing)).end();
            }
            if (!passing.isEmpty()) x.start("system-out").text(lines(passing)).end();
            x.end();
        }
        x.end();
        x.end();
        x.finish();
    }

    /** The message of a lone finding, or a count such as {@code 3 problems: 1 error, 2 warnings}. */
    private static String failureMessage(List<Finding> failing) {
        if (failing.size() == 1) return GnuLine.singleLine(failing.get(0).message());
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = failing.stream().filter(f -> f.severity() == severity).count();
            // "info" is a mass noun: 2 info, not 2 infos.
            if (n > 0) counts.add(n + " " + severity.id() + (n == 1 || severity == Severity.INFO ? "" : "s"));
        }
        return failing.size() + " problems: " + String.join(", ", counts);
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(GnuLine::of).collect(Collectors.joining("\n"));
    }
}
