package dev.contentlint.maven;

import dev.contentlint.core.frontend.RunError;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.reporting.MavenReportException;

/**
 * Turns what stopped a goal into its Maven exception, as {@link RunError} sorts it: a config, input or
 * parameter mistake is its message alone; a bug also puts its stack trace in the log.
 */
final class BuildErrors {
    private BuildErrors() {}

    /** The {@code check} goal's build error for {@code error}. */
    static MojoExecutionException of(RuntimeException error, Log log) {
        RunError sorted = RunError.of(error);
        String message = "contentlint: " + sorted.message();
        if (sorted.isUserError()) return new MojoExecutionException(message);
        log.error(message, sorted.cause());
        return new MojoExecutionException(message, sorted.cause());
    }

    /** The report goals' error for {@code error}. */
    static MavenReportException ofReport(RuntimeException error, Log log) {
        MojoExecutionException e = of(error, log);
        return e.getCause() == null ? new MavenReportException(e.getMessage()) : new MavenReportException(e.getMessage(), e);
    }
}
