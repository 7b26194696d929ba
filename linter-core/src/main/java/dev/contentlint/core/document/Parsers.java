package dev.contentlint.core.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into a {@link Document}: decodes (BOMs, UTF-16, the declared charset, invalid bytes with
 * replacement),
 * detects binary content, and picks the Markdown, HTML or text parser by format.
 */
public final class Parsers {
    private Parsers() {}

    /**
     * Parses one file. Never throws for bad content: problems become {@link ParseIssue}s on the document
     * (binary content gives an empty document with a {@code contentlint/binary-file} issue).
     */
    public static Document parse(Path path, String relativePath, byte[] content, Format format) {
        return parse(path, relativePath, content, format, Deadline.NONE);
    }

    /**
     * Parses one file as {@link #parse(Path, String, byte[], Format)} does, stopping with {@link Deadline.Exceeded}
     * when {@code deadline} passes.
     */
    public static Document parse(Path path, String relativePath, byte[] content, Format format, Deadline deadline) {
        return parse(path, relativePath, content, format, StandardCharsets.UTF_8, deadline);
    }

    /**
     * Parses one file as {@link #parse(Path, String, byte[], Format, Deadline)} does, with content without a byte
     * order mark read in {@code charset}; bytes that are not valid in it give a {@code contentlint/encoding} finding.
     */
    public static Document parse(Path path, String relativePath, byte[] content, Format format, Charset charset,
                                 Deadline deadline) {
        Decoder.Decoded d = Decoder.decode(content, charset);
        SourceText source = new SourceText(d.text());
        List<ParseIssue> issues = new ArrayList<>();
        if (d.issue() != null) issues.add(d.issue());
        if (d.binary()) {
            Document.Builder b = Document.builder(path, relativePath, format, source);
            issues.forEach(b::issue);
            return b.build();
        }
        return switch (format) {
            case MARKDOWN -> MarkdownParser.parse(path, relativePath, source, issues, deadline);
            case HTML -> HtmlParser.parse(path, relativePath, source, issues, deadline);
            case TEXT -> TextParser.parse(path, relativePath, source, issues);
        };
    }

    /** Parses text that is already decoded (tests, editors, stdin). */
    public static Document parse(Path path, String relativePath, String text, Format format) {
        SourceText source = new SourceText(text);
        List<ParseIssue> issues = new ArrayList<>();
        return switch (format) {
            case MARKDOWN -> MarkdownParser.parse(path, relativePath, source, issues, Deadline.NONE);
            case HTML -> HtmlParser.parse(path, relativePath, source, issues, Deadline.NONE);
            case TEXT -> TextParser.parse(path, relativePath, source, issues);
        };
    }
}
