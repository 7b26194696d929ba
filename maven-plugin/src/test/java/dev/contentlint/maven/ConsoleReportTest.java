package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    /** Records what is logged, level and text. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }
    }

    @Test
    void eachFindingIsLoggedAtItsSeverityThenTheSummary() {
        Location at = new Location(3, 15, 3, 20);
        RunResult result = new RunResult(List.of(
                new Finding("freshness/stale-date", Severity.ERROR, "Too old", "docs/a.md", at),
                new Finding("structure/empty-section", Severity.WARNING, "Empty\nsection", "docs/b.md", at),
                new Finding("a11y/note", Severity.INFO, "Note", "docs/b.md", Location.FILE_START)),
                List.of("docs/a.md", "docs/b.md", "docs/c.md"), List.of(), Duration.ofMillis(400));
        RecordingLog log = new RecordingLog();
        ConsoleReport console = new ConsoleReport(log);
        console.findings(result);
        console.summary(result, "error");
        assertEquals(List.of(
                "ERROR docs/a.md:3:15: error: Too old [freshness/stale-date]",
                "WARN docs/b.md:1:1: info: Note [a11y/note]".replace("WARN", "INFO"),
                "WARN docs/b.md:3:15: warning: Empty section [structure/empty-section]",
                "INFO contentlint: 1 error, 1 warning, 1 info in 2 files (3 checked) in 0.4 s (fails on: error)"),
                log.lines);
    }

    @Test
    void cleanRunSaysSo() {
        RunResult result = new RunResult(List.of(), List.of("a.md"), List.of(), Duration.ofMillis(100));
        RecordingLog log = new RecordingLog();
        new ConsoleReport(log).summary(result, "warning");
        assertEquals(List.of("INFO contentlint: No problems found in 1 file (0.1 s) (fails on: warning)"), log.lines);
    }

    @Test
    void aPrefixNamesTheModuleOnEveryLine() {
        Location at = new Location(3, 1, 3, 5);
        RunResult result = new RunResult(List.of(
                new Finding("freshness/stale-date", Severity.WARNING, "Too old", "user-guide/docs/faq.md", at)),
                List.of("user-guide/docs/faq.md"), List.of(), Duration.ofMillis(100));
        RecordingLog log = new RecordingLog();
        ConsoleReport console = new ConsoleReport(log, "[user-guide] ");
        console.findings(result);
        console.summary(result, "error");
        assertEquals(List.of(
                "WARN [user-guide] user-guide/docs/faq.md:3:1: warning: Too old [freshness/stale-date]",
                "INFO [user-guide] contentlint: 1 warning in 1 file (1 checked) in 0.1 s (fails on: error)"),
                log.lines);
    }
}
