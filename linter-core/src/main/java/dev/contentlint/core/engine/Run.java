package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.RuleRegistry;
import java.time.LocalDate;

/**
 * What every file of one run shares: config, registry, options, the run's date, its services, the parser,
 * and the run cache (null when off) with what besides a file's bytes and path its entries depend on.
 */
record Run(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, Services services,
           DocumentParser parser, RunCache cache, String cacheContext) {
    Run(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, Services services,
        DocumentParser parser) {
        this(config, registry, options, today, services, parser, null, "");
    }
}
