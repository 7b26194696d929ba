package dev.contentlint.core.report;

/**
 * Settings for output formatters.
 *
 * @param color       ANSI colour (text format only; the CLI sets it for a TTY without NO_COLOR)
 * @param toolVersion contentlint's version, written into SARIF and other headers
 */
public record FormatOptions(boolean color, String toolVersion) {
    public static FormatOptions plain(String toolVersion) {
        return new FormatOptions(false, toolVersion);
    }
}
