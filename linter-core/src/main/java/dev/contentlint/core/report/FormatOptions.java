package dev.contentlint.core.report;

import java.nio.file.Path;

/**
 * Settings for output formatters.
 *
 * @param color       ANSI colour (text format only; the CLI sets it for a TTY without NO_COLOR)
 * @param toolVersion contentlint's version, written into SARIF and other headers
 * @param baseUri     absolute URI of the directory finding paths are relative to, ending in {@code /};
 *                    SARIF writes it as {@code %SRCROOT%}; null when unknown
 */
public record FormatOptions(boolean color, String toolVersion, String baseUri) {
    public FormatOptions {
        if (baseUri != null && !baseUri.endsWith("/")) baseUri = baseUri + "/";
    }

    /** Options without a base URI. */
    public FormatOptions(boolean color, String toolVersion) {
        this(color, toolVersion, null);
    }

    public static FormatOptions plain(String toolVersion) {
        return new FormatOptions(false, toolVersion);
    }

    /** These options with the run's base directory, so SARIF consumers can resolve relative paths. */
    public FormatOptions withBaseDir(Path baseDir) {
        return new FormatOptions(color, toolVersion, baseDir.toAbsolutePath().normalize().toUri().toString());
    }

    /** These options with a base URI given as text, e.g. {@code file:///home/ci/repo/}. */
    public FormatOptions withBaseUri(String uri) {
        return new FormatOptions(color, toolVersion, uri);
    }
}
