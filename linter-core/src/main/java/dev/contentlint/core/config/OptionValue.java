package dev.contentlint.core.config;

import java.nio.file.Path;
import dev.contentlint.core.rule.YamlNode;

/**
 * One option value as written in a config file, with where it was written so a binding error can point
 * at it.
 *
 * @param keyPath e.g. {@code rules.freshness/stale-date.max-age-days}
 */
record OptionValue(YamlNode node, Path file, int line, String keyPath) {}
