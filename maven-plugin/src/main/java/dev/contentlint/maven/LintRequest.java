package dev.contentlint.maven;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One lint run as the goals describe it.
 *
 * @param basedir        folder whose documents are linted; findings name files relative to it
 * @param includes       plugin include globs
 * @param excludes       plugin exclude globs, plus folders of child modules when they lint themselves
 * @param configLocation explicit config, or null to discover one from {@code basedir}
 * @param today          date freshness rules count from, or null for the config's or the system's
 * @param cacheDirectory run cache folder, or null for none
 * @param encoding       charset of documents without a byte order mark
 */
record LintRequest(Path basedir, List<String> includes, List<String> excludes, ConfigLocation configLocation,
                   LocalDate today, Path cacheDirectory, Charset encoding) {
    LintRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
