package dev.contentlint.core.engine;

import dev.contentlint.core.document.Format;
import java.nio.file.Path;

/**
 * A file the walker selected for linting.
 *
 * @param path         where to read it (absolute, normalized; symbolic links not resolved)
 * @param relativePath what findings call it: relative to the run's base directory, {@code /} separators
 * @param format       how to parse it
 */
public record SourceFile(Path path, String relativePath, Format format) {}
