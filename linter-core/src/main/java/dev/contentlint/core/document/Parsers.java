package dev.contentlint.core.document;

import java.nio.file.Path;

/**
 * Turns a file's bytes into a {@link Document}: decodes (BOMs, UTF-16, invalid UTF-8 with replacement),
 * detects binary content, and picks the Markdown, HTML or text parser by format.
 */
public final class Parsers {
    private Parsers() {}

    /**
     * Parses one file. Never throws for bad content: problems become {@link ParseIssue}s on the document
     * (binary content gives an empty document with a {@code contentlint/binary-file} issue).
     */
    public static Document parse(Path path, String relativePath, byte[] content, Format format) {
        throw new UnsupportedOperationException("parsers not built yet");
    }
}
