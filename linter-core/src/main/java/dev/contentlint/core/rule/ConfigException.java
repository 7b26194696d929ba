package dev.contentlint.core.rule;

import java.nio.file.Path;

/**
 * A configuration the user must change: names the file, line and key, and says what to change.
 * Its message is printed as is; no stack trace.
 */
public final class ConfigException extends RuntimeException {
    /** The most of a value an error quotes: enough to recognise it, too little to print a file into a log. */
    public static final int QUOTE_LIMIT = 40;
    /** The longest message kept whole; a longer one (a quoted value missed) is cut. */
    static final int MESSAGE_LIMIT = 1000;

    private final transient Path file;
    private final int line;
    private final String key;
    private final String detail;

    public ConfigException(Path file, int line, String key, String message) {
        this(file, line, key == null ? null : cut(key, MESSAGE_LIMIT / 4), cut(message, MESSAGE_LIMIT), 0);
    }

    private ConfigException(Path file, int line, String key, String message, int unused) {
        super(format(file, line, key, message));
        this.file = file;
        this.line = line;
        this.key = key;
        this.detail = message;
    }

    /**
     * A value as an error quotes it: in single quotes, line breaks and control characters as spaces, and no
     * more than {@link #QUOTE_LIMIT} characters of it, so a file read by mistake ({@code extends: /etc/passwd})
     * is not printed into a CI log.
     */
    public static String quote(String value) {
        if (value == null) return "nothing";
        StringBuilder sb = new StringBuilder("'");
        int n = 0;
        for (int i = 0; i < value.length() && n < QUOTE_LIMIT; n++) {
            int cp = value.codePointAt(i);
            sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
            i += Character.charCount(cp);
        }
        int total = value.codePointCount(0, value.length());
        if (n < total) return sb.append("…' (").append(String.format(java.util.Locale.ROOT, "%,d", total)).append(" characters)").toString();
        return sb.append('\'').toString();
    }

    private static String cut(String s, int limit) {
        if (s == null || s.length() <= limit) return s;
        int end = Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
        return s.substring(0, end) + "…";
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
