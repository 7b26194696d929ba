package dev.contentlint.core.engine;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import java.nio.file.Path;

/**
 * Turns a file's bytes into a document: {@link dev.contentlint.core.document.Parsers#parse} unless a caller gives
 * the engine another (a test that counts parses, say).
 */
@FunctionalInterface
public interface DocumentParser {
    DocumentParser DEFAULT = dev.contentlint.core.document.Parsers::parse;

    Document parse(Path path, String relativePath, byte[] content, Format format);
}
