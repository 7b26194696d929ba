package dev.contentlint.core.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How the engine runs, beyond what the config says.
 *
 * @param baseDirectory  paths in findings are relative to this (the working directory for the CLI)
 * @param jobs           worker threads (≥ 1)
 * @param inlineConfig   whether {@code <!-- contentlint-... -->} comments are honoured
 * @param haltOnError    rethrow a rule's exception instead of reporting {@code contentlint/internal-error} (tests)
 * @param today          overrides the config's and the system's date when not null ({@code --today})
 * @param cacheDirectory run cache location, or null for no cache
 * @param progress       told as files finish; never null
 */
public record EngineOptions(Path baseDirectory, int jobs, boolean inlineConfig, boolean haltOnError, LocalDate today,
                            Path cacheDirectory, ProgressListener progress) {
    public static EngineOptions defaults(Path baseDirectory) {
        return new EngineOptions(baseDirectory, Runtime.getRuntime().availableProcessors(), true, false, null, null,
                ProgressListener.NONE);
    }

    public EngineOptions withJobs(int n) {
        return new EngineOptions(baseDirectory, n, inlineConfig, haltOnError, today, cacheDirectory, progress);
    }

    public EngineOptions withInlineConfig(boolean b) {
        return new EngineOptions(baseDirectory, jobs, b, haltOnError, today, cacheDirectory, progress);
    }

    public EngineOptions withHaltOnError(boolean b) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, b, today, cacheDirectory, progress);
    }

    public EngineOptions withToday(LocalDate d) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, d, cacheDirectory, progress);
    }

    public EngineOptions withCacheDirectory(Path p) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, p, progress);
    }

    public EngineOptions withProgress(ProgressListener p) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, p);
    }
}
