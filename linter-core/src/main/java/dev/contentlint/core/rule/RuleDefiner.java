package dev.contentlint.core.rule;

import dev.contentlint.core.rule.ConfigException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one top-level config setting into rules, so users can define rules in their config (e.g.
 * {@code styles: [styles/*.yml]}). A {@link RuleProvider} offers definers; the config loader asks them
 * while it reads each file, before that file's {@code rules:} and {@code overrides:} are checked, so
 * defined ids can be configured like any other. A defined rule is on at its own default severity.
 */
public interface RuleDefiner {
    /** The top-level config key this definer reads; the config accepts it as a setting. */
    String setting();

    /**
     * The rules one config file's value of {@link #setting()} defines, with ids not yet in
     * {@link Definition#registry()}; a mistake is a {@link ConfigException} naming file and line.
     */
    List<DefinedRule> define(Definition definition);

    /**
     * One config file's value of the setting.
     *
     * @param key       the setting's key
     * @param value     the value as YAML loads it (strings, numbers, booleans, lists and maps)
     * @param file      the config file, or null for config given as text
     * @param line      the line of the key in {@code file}
     * @param directory the folder relative paths resolve against, or null (a preset has none)
     * @param registry  the rules known so far, built-in and defined by the files this one extends
     */
    record Definition(String key, Object value, Path file, int line, Path directory, RuleRegistry registry) {
        /** A config error about this setting, at its line. */
        public ConfigException error(String message) {
            return new ConfigException(file, line, key, message);
        }
    }
}
