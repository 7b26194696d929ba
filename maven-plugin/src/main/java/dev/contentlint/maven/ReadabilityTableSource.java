package dev.contentlint.maven;

import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Supplies the per-file readability table of the site report. contentlint's own metrics serve unless
 * another implementation is registered (a {@link ServiceLoader} entry on the plugin's class path).
 */
public interface ReadabilityTableSource {
    /** What the lint run must compute from each document for {@link #table}; none by default. */
    default List<DocumentProduct<?>> products() {
        return List.of();
    }

    /** The table for this run's files, from its findings and {@link #products}; empty when there are no metrics. */
    ReadabilityTable table(RunResult result);

    /**
     * Writes a fuller report of the run into {@code siteDirectory}, beside the site page, and returns its file
     * name for the page to link; none by default.
     *
     * @throws IOException when it cannot be written
     */
    default Optional<String> writeFullReport(RunResult result, Path siteDirectory) throws IOException {
        return Optional.empty();
    }

    /**
     * Writes the fuller report under {@code fileName}, so two pages of one site (a module's and the whole build's)
     * keep their own; by default as {@link #writeFullReport(RunResult, Path)} does.
     *
     * @throws IOException when it cannot be written
     */
    default Optional<String> writeFullReport(RunResult result, Path siteDirectory, String fileName) throws IOException {
        return writeFullReport(result, siteDirectory);
    }

    /** The first registered source, or contentlint's own metrics. */
    static ReadabilityTableSource load() {
        for (ReadabilityTableSource s : ServiceLoader.load(ReadabilityTableSource.class,
                ReadabilityTableSource.class.getClassLoader())) return s;
        return new MeasuredReadability();
    }
}
