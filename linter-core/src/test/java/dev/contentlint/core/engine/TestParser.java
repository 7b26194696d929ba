package dev.contentlint.core.engine;

import dev.contentlint.core.document.Comment;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.document.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal parser for engine tests: UTF-8 text, HTML comments, and binary detection on NUL bytes. */
final class TestParser implements DocumentParser {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    @Override
    public Document parse(Path path, String relativePath, byte[] content, Format format) {
        for (byte b : content) {
            if (b == 0) {
                return Document.builder(path, relativePath, format, new SourceText(""))
                        .issue(new ParseIssue(InternalRules.BINARY_FILE, Span.START, "Binary file; not linted."))
                        .build();
            }
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("parser-crash")) throw new IllegalArgumentException("parser cannot cope");
        return document(path, relativePath, format, text);
    }

    static Document document(Path path, String relativePath, Format format, String text) {
        Document.Builder b = Document.builder(path, relativePath, format, new SourceText(text));
        Matcher m = COMMENT.matcher(text);
        while (m.find()) b.comment(new Comment(m.group(1), new Span(m.start(), m.end())));
        return b.build();
    }
}
