package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RuleFailureException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

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
     * @throws MojoExecutionException with a message saying what to change, for a bad config, parameter or input
     */
    Lint run(LintRequest request) throws MojoExecutionException {
        return run(request, List.of());
    }

    /**
     * Lints what {@code request} selects and computes {@code products} from each document in the same run.
     *
     * @throws MojoExecutionException with a message saying what to change, for a bad config, parameter or input
     */
    Lint run(LintRequest request, List<DocumentProduct<?>> products) throws MojoExecutionException {
        try {
            Config config = config(request);
            List<Path> files;
            try {
                files = new DocumentSelection(request.basedir(), request.includes(), request.excludes()).select(config);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("contentlint: " + e.getMessage() + "; fix the pattern");
            }
            EngineOptions options = EngineOptions.defaults(request.basedir())
                    .withToday(request.today())
                    .withCacheDirectory(request.cacheDirectory());
            List<Input> inputs = files.stream().map(Input::of).toList();
            int before = CacheEntries.count(request.cacheDirectory());
            RunResult result = new Engine(config, registry, options).run(inputs, products);
            int written = CacheEntries.count(request.cacheDirectory()) - before;
            int cached = request.cacheDirectory() == null ? 0 : Math.max(0, result.files().size() - written);
            return new Lint(result, cached);
        } catch (ConfigException e) {
            throw new MojoExecutionException("contentlint: config error: " + e.getMessage(), e);
        } catch (InputException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage(), e);
        } catch (RuleFailureException e) {
            throw new MojoExecutionException("contentlint: internal error: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A bug, not something the user can fix: a plain build error with the cause for -e, not a crash.
            throw new MojoExecutionException("contentlint: internal error: " + e, e);
        }
    }

    private Config config(LintRequest request) {
        ConfigLoader loader = new ConfigLoader(registry);
        Path file = request.configLocation();
        if (file == null) return loader.discover(request.basedir(), System.getenv());
        if (Files.isDirectory(file))
            throw new ConfigException(file, 0, null, "is a folder; configLocation needs a .contentlint.yml file");
        if (!Files.isRegularFile(file))
            throw new ConfigException(file, 0, null, "no such file (given as configLocation)");
        return loader.load(file);
    }
}
