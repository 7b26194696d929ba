package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.baseline.Baseline;
import dev.contentlint.core.baseline.BaselineEntry;
import dev.contentlint.core.baseline.BaselineSetting;
import dev.contentlint.core.baseline.FindingContextsProduct;
import dev.contentlint.core.fix.FixOutcome;
import dev.contentlint.core.fix.Fixer;
import dev.contentlint.core.frontend.ConfigSource;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
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
     * A run with a baseline applied.
     *
     * @param lint      the findings the baseline does not accept, the others as suppressed
     * @param baseline  the baseline file applied, or null when neither the parameter nor the config names one
     * @param unmatched entries that match no finding any more
     */
    record Checked(Lint lint, Path baseline, List<BaselineEntry> unmatched) {}

    /**
     * Lints what {@code request} selects and hides what the baseline accepts: {@code baselineFile}, else the
     * config's {@code baseline:} setting, else none; reports inline disable comments that hide nothing at
     * {@code unusedDirectives}, unless it is null.
     */
    Checked check(LintRequest request, Path baselineFile, Severity unusedDirectives) throws java.io.IOException {
        Selected run = select(request, unusedDirectives);
        Path file = baselineFile != null ? baselineFile : run.config().setting(BaselineSetting.SETTING);
        if (file == null) return new Checked(lint(run, request, List.of()), null, List.of());
        Baseline baseline = Baseline.read(file);
        Lint lint = lint(run, request, List.of(FindingContextsProduct.INSTANCE));
        Baseline.Applied applied = baseline.apply(lint.result());
        return new Checked(new Lint(applied.result(), lint.cached()), file, applied.unmatched());
    }

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
        return lint(select(request, null), request, products);
    }

    private static Lint lint(Selected run, LintRequest request, List<DocumentProduct<?>> products) {
        int before = CacheEntries.count(request.cacheDirectory());
        RunResult result = run.engine().run(run.inputs(), products);
        int written = CacheEntries.count(request.cacheDirectory()) - before;
        int cached = request.cacheDirectory() == null ? 0 : Math.max(0, result.files().size() - written);
        return new Lint(result, cached);
    }

    /**
     * Fixes what {@code request} selects; writes nothing (the outcome does). Also returns the findings that
     * remain: after the files are written, {@link #run} gives them.
     */
    FixOutcome fix(LintRequest request, boolean unsafe) {
        Selected run = select(request, null);
        return new Fixer(run.engine(), request.top(), unsafe).fix(run.inputs());
    }

    private record Selected(Config config, Engine engine, List<Input> inputs) {}

    private Selected select(LintRequest request, Severity unusedDirectives) {
        ConfigLoader loader = new ConfigLoader(registry);
        Config config = request.configLocation() != null ? request.configLocation().load(loader, request.basedir())
                : new ConfigSource(loader, System.getenv()).load(null, "configLocation", request.basedir());
        List<Path> files = new DocumentSelection(request.basedir(), request.includes(), request.excludes()).select(config);
        EngineOptions options = EngineOptions.defaults(request.top())
                .withToday(request.today())
                .withEncoding(request.encoding())
                .withCacheDirectory(request.cacheDirectory())
                .withUnusedDirectives(unusedDirectives);
        return new Selected(config, new Engine(config, registry, options), files.stream().map(Input::of).toList());
    }
}
