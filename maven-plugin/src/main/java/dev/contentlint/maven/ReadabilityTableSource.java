package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import java.util.ServiceLoader;

/**
 * Extension point for the per-file readability table in the site report: supplies the metrics of a run.
 * Until an implementation is registered (a {@link ServiceLoader} entry on the plugin's class path), the
 * report has no readability section.
 */
public interface ReadabilityTableSource {
    /** The table for this run's files; empty when there are no metrics. */
    ReadabilityTable table(RunResult result);

    /** The first registered source, or one that has no metrics. */
    static ReadabilityTableSource load() {
        for (ReadabilityTableSource s : ServiceLoader.load(ReadabilityTableSource.class,
                ReadabilityTableSource.class.getClassLoader())) return s;
        return result -> ReadabilityTable.EMPTY;
    }
}
