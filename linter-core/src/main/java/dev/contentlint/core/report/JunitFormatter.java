package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI test reports (GitLab {@code artifacts:reports:junit}, Jenkins, Azure): one test case per
 * checked file, failing when the file has an error or warning.
 *
 * <p>A failing case carries a single {@code <failure>}, because Jenkins and GitLab show only the first
 * failure of a case: its text lists every error and warning of the file as GNU lines, its {@code type} names
 * the rules involved. Info findings do not fail a case; they go to its {@code <system-out>}.
 */
public final class JunitFormatter implements Formatter {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        Map<String, List<Finding>> files = ReportFiles.byPath(result);
        long failures = files.values().stream().filter(fs -> fs.stream().anyMatch(JunitFormatter::fails)).count();
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
            List<Finding> failing = file.getValue().stream().filter(JunitFormatter::fails).toList();
            List<Finding> infos = file.getValue().stream().filter(f -> !fails(f)).toList();
            if (!failing.isEmpty()) {
                x.start("failure").attribute("message", failureMessage(failing))
                        .attribute("type", failing.stream().map(Finding::ruleId).distinct()
                                .collect(Collectors.joining(" ")))
                        .text(lines(failing)).end();
            }
            if (!infos.isEmpty()) x.start("system-out").text(lines(infos)).end();
            x.end();
        }
        x.end();
        x.end();
        x.finish();
    }

    private static boolean fails(Finding f) {
        return f.severity().atLeast(Severity.WARNING);
    }

    /** The message of a lone finding, or a count such as {@code 3 problems: 1 error, 2 warnings}. */
    private static String failureMessage(List<Finding> failing) {
        if (failing.size() == 1) return GnuLine.singleLine(failing.get(0).message());
        long errors = failing.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = failing.size() - errors;
        StringBuilder sb = new StringBuilder().append(failing.size()).append(" problems: ");
        if (errors > 0) sb.append(errors).append(errors == 1 ? " error" : " errors");
        if (errors > 0 && warnings > 0) sb.append(", ");
        if (warnings > 0) sb.append(warnings).append(warnings == 1 ? " warning" : " warnings");
        return sb.toString();
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(GnuLine::of).collect(Collectors.joining("\n"));
    }
}
