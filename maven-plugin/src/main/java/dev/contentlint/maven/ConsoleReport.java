package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.report.GnuLine;
import dev.contentlint.core.report.TextFormatter;
import dev.contentlint.core.rule.Finding;
import org.apache.maven.plugin.logging.Log;

/** Prints findings through the Maven log, each at the level of its severity, and the summary line. */
final class ConsoleReport {
    private final Log log;
    private final String prefix;

    ConsoleReport(Log log) {
        this(log, "");
    }

    /** @param prefix put before each line, e.g. {@code "[user-guide] "} in a parallel build; empty for none */
    ConsoleReport(Log log, String prefix) {
        this.log = log;
        this.prefix = prefix;
    }

    /** One {@code path:line:col: severity: message [rule-id]} line per finding. */
    void findings(RunResult result) {
        for (Finding f : result.findings()) {
            String line = prefix + GnuLine.of(f);
            switch (f.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }

    /** The run's totals, e.g. {@code contentlint: 1 error, 2 warnings in 2 files (9 checked) in 0.3 s}. */
    void summary(RunResult result, String threshold) {
        log.info(prefix + "contentlint: " + TextFormatter.summary(result) + " (fails on: " + threshold + ")");
    }
}
