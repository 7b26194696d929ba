package dev.contentlint.core.document;

import java.util.Locale;
import java.util.Optional;

/** The source formats contentlint parses. */
public enum Format {
    MARKDOWN, HTML, TEXT;

    /** The format a file name's extension selects, if any. */
    public static Optional<Format> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) return Optional.of(MARKDOWN);
        if (n.endsWith(".html") || n.endsWith(".htm")) return Optional.of(HTML);
        if (n.endsWith(".txt")) return Optional.of(TEXT);
        return Optional.empty();
    }
}
