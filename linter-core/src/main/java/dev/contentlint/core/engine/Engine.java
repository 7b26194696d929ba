package dev.contentlint.core.engine;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.RuleRegistry;
import java.util.List;

/**
 * Lints files: walks the inputs, parses each file once, runs the enabled rules on it in parallel across
 * files, runs corpus-level checks after all files, applies inline suppressions and returns the findings.
 */
public final class Engine {
    private final Config config;
    private final RuleRegistry registry;
    private final EngineOptions options;

    public Engine(Config config, RuleRegistry registry, EngineOptions options) {
        this.config = config;
        this.registry = registry;
        this.options = options;
    }

    /**
     * Runs over the inputs. A file that cannot be read or parsed becomes a finding; a rule that throws
     * becomes a {@code contentlint/internal-error} finding; neither stops the run.
     *
     * @throws InputException when a named path does not exist
     */
    public RunResult run(List<Input> inputs) {
        throw new UnsupportedOperationException("engine not built yet");
    }
}
