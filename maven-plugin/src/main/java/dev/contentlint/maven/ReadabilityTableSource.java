package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import java.util.ServiceLoader;

/**
 * Supplies the per-file readability table of the site report. contentlint's own metrics serve unless
 * another implementation is registered (a {@link ServiceLoader} entry on the plugin's class path).
 */
public interface ReadabilityTableSource {
    /** The table for this run's files; empty when there are no metrics. */
    ReadabilityTable table(RunResult result);

    /** The first registered source, or contentlint's own metrics of the files under {@code base}. */
    static ReadabilityTableSource load(java.nio.file.Path base) {
        for (ReadabilityTableSource s : ServiceLoader.load(ReadabilityTableSource.class,
                ReadabilityTableSource.class.getClassLoader())) return s;
        return new MeasuredReadability(base);
    }
}
