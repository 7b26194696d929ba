package dev.contentlint.core.engine;

import dev.contentlint.core.document.Deadline;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a file's bytes into a document: {@link dev.contentlint.core.document.Parsers#parse} unless a caller gives
 * the engine another (a test that counts parses, say).
 */
@FunctionalInterface
public interface DocumentParser {
    DocumentParser DEFAULT = new DocumentParser() {
        @Override
        public Document parse(Path path, String relativePath, byte[] content, Format format) {
            return Parsers.parse(path, relativePath, content, format);
        }

        @Override
        public Document parse(Path path, String relativePath, byte[] content, Format format, Deadline deadline) {
            return Parsers.parse(path, relativePath, content, format, deadline);
        }

        @Override
        public Document parse(Path path, String relativePath, byte[] content, Format format, Charset charset,
                              Deadline deadline) {
            return Parsers.parse(path, relativePath, content, format, charset, deadline);
        }
    };

    Document parse(Path path, String relativePath, byte[] content, Format format);

    /** Parses as {@link #parse(Path, String, byte[], Format)}; a parser that can stop early observes {@code deadline}. */
    default Document parse(Path path, String relativePath, byte[] content, Format format, Deadline deadline) {
        return parse(path, relativePath, content, format);
    }

    /**
     * Parses content that has no byte order mark as text in {@code charset}. A parser that reads UTF-8 only
     * (a test's, say) is asked as {@link #parse(Path, String, byte[], Format, Deadline)} when it is UTF-8.
     */
    default Document parse(Path path, String relativePath, byte[] content, Format format, Charset charset,
                           Deadline deadline) {
        if (!charset.equals(StandardCharsets.UTF_8))
            throw new UnsupportedOperationException("this parser reads UTF-8 only, not " + charset.name());
        return parse(path, relativePath, content, format, deadline);
    }
}
