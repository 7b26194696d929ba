package dev.contentlint.core.report;

import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings for output formatters.
 *
 * @param color       ANSI colour (text format only; the CLI sets it for a TTY without NO_COLOR)
 * @param toolVersion contentlint's version, written into SARIF and other headers
 * @param baseUri     absolute URI of the directory finding paths are relative to, ending in {@code /};
 *                    SARIF writes it as {@code %SRCROOT%}; null when unknown
 * @param failOn      the lowest severity that fails the run ({@code --fail-on}, {@code violationSeverity}),
 *                    so formats that report pass and fail (JUnit) agree with the exit code or build result
 */
public record FormatOptions(boolean color, String toolVersion, String baseUri, Severity failOn) {
    public FormatOptions {
        if (baseUri != null && !baseUri.endsWith("/")) baseUri = baseUri + "/";
        Objects.requireNonNull(failOn, "failOn");
    }

    /** Options failing on errors, the default of the command line and the Maven plugin. */
    public FormatOptions(boolean color, String toolVersion, String baseUri) {
        this(color, toolVersion, baseUri, Severity.ERROR);
    }

    /** Options without a base URI, failing on errors. */
    public FormatOptions(boolean color, String toolVersion) {
        this(color, toolVersion, null);
    }

    /** Options without colour or base URI, failing on errors. */
    public static FormatOptions plain(String toolVersion) {
        return new FormatOptions(false, toolVersion);
    }

    /** These options with the run's base directory, so SARIF consumers can resolve relative paths. */
    public FormatOptions withBaseDir(Path baseDir) {
        return withBaseUri(baseDir.toAbsolutePath().normalize().toUri().toString());
    }

    /** These options with a base URI given as text, e.g. {@code file:///home/ci/repo/}. */
    public FormatOptions withBaseUri(String uri) {
        return new FormatOptions(color, toolVersion, uri, failOn);
    }

    /** These options with the run's failure threshold. */
    public FormatOptions withFailOn(Severity threshold) {
        return new FormatOptions(color, toolVersion, baseUri, threshold);
    }
}
