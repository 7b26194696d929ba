package dev.contentlint.maven;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One lint run as the goals describe it.
 *
 * @param basedir        folder whose documents are linted
 * @param includes       plugin include globs
 * @param excludes       plugin exclude globs, plus folders of child modules when they lint themselves
 * @param configLocation explicit config, or null to discover one from {@code basedir}
 * @param today          date freshness rules count from, or null for the config's or the system's
 * @param cacheDirectory run cache folder, or null for none
 * @param encoding       charset of documents without a byte order mark
 * @param top            folder findings name files relative to: {@code basedir}, or the top of the build
 */
record LintRequest(Path basedir, List<String> includes, List<String> excludes, ConfigLocation configLocation,
                   LocalDate today, Path cacheDirectory, Charset encoding, Path top) {
    LintRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (top == null) top = basedir;
    }

    /** A request whose findings name files relative to {@code basedir}. */
    LintRequest(Path basedir, List<String> includes, List<String> excludes, ConfigLocation configLocation,
                LocalDate today, Path cacheDirectory, Charset encoding) {
        this(basedir, includes, excludes, configLocation, today, cacheDirectory, encoding, basedir);
    }

    /** This request with findings naming files relative to {@code folder}, which contains {@code basedir}. */
    LintRequest relativeTo(Path folder) {
        return new LintRequest(basedir, includes, excludes, configLocation, today, cacheDirectory, encoding, folder);
    }
}
