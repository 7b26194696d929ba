package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.ConfigSource;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/** Runs the engine for the goals: config from the request or discovery, the plugin's file selection, the run cache. */
final class Linter {
    private final RuleRegistry registry;

    Linter() {
        this(RuleRegistry.load(Linter.class.getClassLoader()));
    }

    Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * A run's findings and how many of its files were read from the run cache.
     *
     * @param result the findings
     * @param cached files whose findings came from the cache, unchanged since an earlier run
     */
    record Lint(RunResult result, int cached) {}

    /**
     * Lints what {@code request} selects.
     *
     * @throws RuntimeException for a bad config, parameter or input, and for a bug; {@link BuildErrors} tells them apart
     */
    Lint run(LintRequest request) {
        return run(request, List.of());
    }

    /** Lints what {@code request} selects and computes {@code products} from each document in the same run. */
    Lint run(LintRequest request, List<DocumentProduct<?>> products) {
        Config config = new ConfigSource(new ConfigLoader(registry), System.getenv())
                .load(request.configLocation(), "configLocation", request.basedir());
        List<Path> files = new DocumentSelection(request.basedir(), request.includes(), request.excludes()).select(config);
        EngineOptions options = EngineOptions.defaults(request.basedir())
                .withToday(request.today())
                .withCacheDirectory(request.cacheDirectory());
        List<Input> inputs = files.stream().map(Input::of).toList();
        int before = CacheEntries.count(request.cacheDirectory());
        RunResult result = new Engine(config, registry, options).run(inputs, products);
        int written = CacheEntries.count(request.cacheDirectory()) - before;
        int cached = request.cacheDirectory() == null ? 0 : Math.max(0, result.files().size() - written);
        return new Lint(result, cached);
    }
}
