package dev.contentlint.core.rule;

import java.nio.file.Path;

/**
 * A configuration the user must change: names the file, line and key, and says what to change.
 * Its message is printed as is; no stack trace.
 */
public final class ConfigException extends RuntimeException {
    private final transient Path file;
    private final int line;
    private final String key;
    private final String detail;

    public ConfigException(Path file, int line, String key, String message) {
        super(format(file, line, key, message));
        this.file = file;
        this.line = line;
        this.key = key;
        this.detail = message;
    }

    private static String format(Path file, int line, String key, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (file != null && line > 0) sb.append(':').append(line);
        if (file != null) sb.append(": ");
        if (key != null && !key.isEmpty()) sb.append(key).append(": ");
        return sb.append(message).toString();
    }

    public Path file() { return file; }

    public int line() { return line; }

    public String key() { return key; }

    /** The message without the file, line and key in front of it. */
    public String detail() { return detail; }

    /** Whether this error was raised without a file (by a rule reading a run-wide setting) and names a key to place. */
    public boolean unplaced() {
        return file == null && key != null;
    }
}
