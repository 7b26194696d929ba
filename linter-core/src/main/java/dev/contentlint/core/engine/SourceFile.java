package dev.contentlint.core.engine;

import dev.contentlint.core.document.Format;
import java.nio.file.Path;

/**
 * A file the walker selected for linting, or a folder it could not list.
 *
 * @param path         where to read it (absolute, normalized; symbolic links not resolved)
 * @param relativePath what findings call it: relative to the run's base directory, {@code /} separators
 * @param format       how to parse it
 * @param unlisted     for a folder the walker could not list, why (its files are unknown); null for a file
 */
public record SourceFile(Path path, String relativePath, Format format, String unlisted) {
    public SourceFile(Path path, String relativePath, Format format) {
        this(path, relativePath, format, null);
    }
}
