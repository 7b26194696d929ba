package dev.contentlint.core.engine;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.RuleRegistry;
import java.time.LocalDate;

/** What every file of one run shares: config, registry, options, the run's date, its services and the parser. */
record Run(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, Services services,
           DocumentParser parser) {}
