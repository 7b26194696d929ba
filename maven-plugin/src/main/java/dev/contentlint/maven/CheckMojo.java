package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.frontend.ChangedLines;
import dev.contentlint.core.frontend.FailureThreshold;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import dev.contentlint.core.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints the project's documents, prints the findings through the build log, writes the machine-readable
 * reports and fails the build when findings reach {@code violationSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends AbstractLintMojo {
    /** Default of {@code outputFormats}: the full data for tools, and SARIF for code scanning. */
    static final String DEFAULT_FORMATS = "json,sarif";

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** Fails the build when more than {@code maxAllowedViolations} findings reach {@code violationSeverity}. */
    @Parameter(property = "contentlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The lowest severity that counts as a violation: error, warning or info. */
    @Parameter(property = "contentlint.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** How many violations the build tolerates before it fails. */
    @Parameter(property = "contentlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Comma-separated formats written to {@code outputDirectory}: text, json, sarif, checkstyle, junit, github, gitlab. */
    @Parameter(property = "contentlint.outputFormats", defaultValue = DEFAULT_FORMATS)
    private String outputFormats;

    /** Where the reports and the run cache go. */
    @Parameter(property = "contentlint.outputDirectory", defaultValue = "${project.build.directory}/contentlint")
    private File outputDirectory;

    /** Prints each finding through the build log; the summary line is printed either way. */
    @Parameter(property = "contentlint.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    /**
     * A baseline file written by {@code contentlint baseline}: the findings it accepts are hidden (and marked as
     * suppressed in SARIF), so only new ones fail the build. Default: the config's {@code baseline:} setting.
     */
    @Parameter(property = "contentlint.baselineFile")
    private File baselineFile;

    /**
     * A git revision: only findings on lines added or changed since then (from where the branch left it) fail
     * the build or reach the reports, with whole-file findings of changed files and everything in untracked
     * files. Every document is still checked, so rules across files see the whole project.
     */
    @Parameter(property = "contentlint.changedSince")
    private String changedSince;

    /**
     * Reports each inline {@code <!-- contentlint-disable... -->} comment that hides no finding, as a
     * {@code contentlint/unused-disable-directive} finding: {@code true} (at warning), {@code error},
     * {@code warning} or {@code info}; {@code false} reports none.
     */
    @Parameter(property = "contentlint.reportUnusedDisableDirectives", defaultValue = "false")
    private String reportUnusedDisableDirectives;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) return;
        try {
            check();
        } catch (RuntimeException e) {
            throw BuildErrors.of(e, getLog());
        }
    }

    private void check() throws MojoFailureException {
        Severity severity = Parameters.severity(violationSeverity);
        Severity unusedDirectives = Parameters.unusedDirectives(reportUnusedDisableDirectives);
        if (maxAllowedViolations < 0)
            throw new UsageException("maxAllowedViolations must be 0 or more, not " + maxAllowedViolations);
        FailureThreshold threshold = FailureThreshold.atOrAbove(severity).allowing(maxAllowedViolations);
        List<Formatter> formats = OutputFiles.formats(outputFormats);
        Path base = base();
        Path top = top();
        Path out = Parameters.path(outputDirectory);
        LintRequest request = request(out.resolve("cache"));

        long started = System.nanoTime();
        Linter.Checked checked;
        try {
            checked = new Linter().check(request, Parameters.path(baselineFile), unusedDirectives);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read the baseline file: " + e.getMessage());
        }
        Linter.Lint lint = checked.lint();
        String tag = logPrefix();
        RunResult result = lint.result();
        if (changedSince != null && !changedSince.isBlank()) {
            int before = result.findings().size();
            result = ChangedLines.since(base, changedSince.strip()).keep(result, top);
            getLog().info(tag + "contentlint: " + (before - result.findings().size()) + " findings on lines not changed since "
                    + changedSince.strip() + " left out");
        }
        if (checked.baseline() != null)
            getLog().info(tag + "contentlint: " + result.suppressed(SuppressedFinding.Kind.EXTERNAL)
                    + " findings hidden by the baseline " + checked.baseline());
        if (!checked.unmatched().isEmpty())
            getLog().warn(tag + "contentlint: " + checked.unmatched().size() + " baseline entries match no finding any more;"
                    + " run 'contentlint baseline --prune' to remove them");
        getLog().debug("contentlint: linted " + result.files().size() + " files in " + millis(started) + " ms");
        if (result.files().isEmpty())
            getLog().info("contentlint: no documents in " + base + " match includes " + String.join(",", request.includes())
                    + "; nothing was linted");

        ConsoleReport console = new ConsoleReport(getLog(), tag);
        if (consoleOutput) console.findings(result);
        long writing = System.nanoTime();
        FormatOptions options = FormatOptions.plain(pluginVersion == null ? "dev" : pluginVersion).withBaseDir(top)
                .withFailOn(severity);
        for (Path file : OutputFiles.write(result, formats, out, options)) getLog().debug("contentlint: wrote " + file);
        for (Path file : OutputFiles.removeOthers(formats, out))
            getLog().info(tag + "contentlint: deleted " + (file.startsWith(base) ? base.relativize(file) : file)
                    + ": its format is no longer in outputFormats");
        getLog().debug("contentlint: wrote " + formats.size() + " reports in " + millis(writing) + " ms");
        if (lint.cached() > 0)
            getLog().info(tag + "contentlint: " + lint.cached() + " of " + result.files().size()
                    + " files unchanged since the last run; their findings come from "
                    + (out.startsWith(base) ? base.relativize(request.cacheDirectory()) : request.cacheDirectory()));
        console.summary(result, severity.id());

        FailureThreshold.Verdict verdict = threshold.judge(result);
        if (!verdict.failed()) {
            // A tolerance set once and forgotten hides new findings: say how much of it is in use.
            if (verdict.violations() > 0)
                getLog().warn("contentlint: " + verdict.violations() + (verdict.violations() == 1 ? " finding" : " findings")
                        + " at or above " + severity.id() + (verdict.violations() == 1 ? " is" : " are")
                        + " within maxAllowedViolations=" + maxAllowedViolations);
            return;
        }
        String message = "contentlint: " + verdict.reason();
        if (failOnViolation) throw new MojoFailureException(message + "; " + whereFindingsAre(formats, out));
        getLog().warn(message + ", but failOnViolation is false");
    }

    /** Where the failing findings can be read: the log above, else the report files, else how to list them. */
    private String whereFindingsAre(List<Formatter> formats, Path out) {
        if (consoleOutput) return "see the findings above";
        if (!formats.isEmpty()) return "the findings are in " + out.resolve(OutputFiles.fileName(formats.get(0).name()));
        return "set contentlint.consoleOutput=true to list them";
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
