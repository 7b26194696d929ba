package dev.contentlint.core.engine;

import dev.contentlint.core.rule.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
 * @param serviceOptions settings of this run's services that do not come from the config (whether LanguageTool
 *                       runs in a daemon, say), keyed by their type; never null
 * @param encoding       the charset of documents without a byte order mark ({@code --encoding}, the build's
 *                       source encoding); never null, UTF-8 by default
 * @param unusedDirectives the severity of a {@code contentlint/unused-disable-directive} finding for each inline
 *                       disable comment that hides nothing, or null to report none
 */
public record EngineOptions(Path baseDirectory, int jobs, boolean inlineConfig, boolean haltOnError, LocalDate today,
                            Path cacheDirectory, ProgressListener progress, Map<Class<?>, Object> serviceOptions,
                            Charset encoding, Severity unusedDirectives) {
    public EngineOptions {
        serviceOptions = Map.copyOf(serviceOptions);
        if (encoding == null) encoding = StandardCharsets.UTF_8;
    }

    public EngineOptions(Path baseDirectory, int jobs, boolean inlineConfig, boolean haltOnError, LocalDate today,
                         Path cacheDirectory, ProgressListener progress, Map<Class<?>, Object> serviceOptions) {
        this(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, progress, serviceOptions,
                StandardCharsets.UTF_8, null);
    }

    public EngineOptions(Path baseDirectory, int jobs, boolean inlineConfig, boolean haltOnError, LocalDate today,
                         Path cacheDirectory, ProgressListener progress) {
        this(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, progress, Map.of());
    }

    public static EngineOptions defaults(Path baseDirectory) {
        return new EngineOptions(baseDirectory, Runtime.getRuntime().availableProcessors(), true, false, null, null,
                ProgressListener.NONE, Map.of());
    }

    /** With {@code value} as the service option of its type, replacing any earlier one; null removes it. */
    public <T> EngineOptions withServiceOption(Class<T> type, T value) {
        Map<Class<?>, Object> m = new HashMap<>(serviceOptions);
        if (value == null) m.remove(type);
        else m.put(type, type.cast(value));
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, progress,
                m, encoding, unusedDirectives);
    }

    /** The service option of {@code type}, if set. */
    public <T> Optional<T> serviceOption(Class<T> type) {
        return Optional.ofNullable(type.cast(serviceOptions.get(type)));
    }

    public EngineOptions withJobs(int n) {
        return new EngineOptions(baseDirectory, n, inlineConfig, haltOnError, today, cacheDirectory, progress,
                serviceOptions, encoding, unusedDirectives);
    }

    public EngineOptions withInlineConfig(boolean b) {
        return new EngineOptions(baseDirectory, jobs, b, haltOnError, today, cacheDirectory, progress,
                serviceOptions, encoding, unusedDirectives);
    }

    public EngineOptions withHaltOnError(boolean b) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, b, today, cacheDirectory, progress,
                serviceOptions, encoding, unusedDirectives);
    }

    public EngineOptions withToday(LocalDate d) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, d, cacheDirectory, progress,
                serviceOptions, encoding, unusedDirectives);
    }

    public EngineOptions withCacheDirectory(Path p) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, p, progress,
                serviceOptions, encoding, unusedDirectives);
    }

    /** With documents that have no byte order mark read in {@code charset}; null means UTF-8. */
    public EngineOptions withEncoding(Charset charset) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, progress,
                serviceOptions, charset, unusedDirectives);
    }

    /** Reporting inline disable comments that hide nothing at {@code severity}; null reports none. */
    public EngineOptions withUnusedDirectives(Severity severity) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, progress,
                serviceOptions, encoding, severity);
    }

    public EngineOptions withProgress(ProgressListener p) {
        return new EngineOptions(baseDirectory, jobs, inlineConfig, haltOnError, today, cacheDirectory, p,
                serviceOptions, encoding, unusedDirectives);
    }
}
