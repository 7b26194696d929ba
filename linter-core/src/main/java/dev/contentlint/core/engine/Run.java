package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.RuleRegistry;
import java.time.LocalDate;
import java.util.List;

/**
 * What every file of one run shares: config, registry, options, the run's date, its services, the parser,
 * the run cache (null when off) with what besides a file's bytes and path its entries depend on, the products
 * the caller asked for, whether the config's rules run at all, and each file's time budget.
 */
record Run(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, Services services,
           DocumentParser parser, RunCache cache, String cacheContext, List<DocumentProduct<?>> products,
           boolean rules, TimeBudgets budgets) {
    Run {
        products = List.copyOf(products);
    }

    Run(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, Services services,
        DocumentParser parser) {
        this(config, registry, options, today, services, parser, null, "", List.of(), true,
                new TimeBudgets(config.setting(dev.contentlint.core.rule.CoreSettings.FILE_TIME_BUDGET)));
    }
}
