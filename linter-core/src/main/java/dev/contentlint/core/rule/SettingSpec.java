package dev.contentlint.core.rule;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A top-level config setting a {@link RuleProvider} owns (such as files of project terms): its key, the type
 * of its value, how that value is read from YAML, and what it is when no config sets it. The config
 * loader parses the value when the config loads, so a mistake stops the run with the file and line; rules
 * and services then read the parsed value through {@link RuleContext#setting} or
 * {@link ServiceFactory.ServiceSettings#setting}.
 *
 * @param key          the top-level key, lower case with hyphens
 * @param type         the parsed value's type
 * @param parser       turns the value as written into {@code T}; the value should be immutable
 * @param defaultValue the value when no config layer sets the key (may be null)
 */
public record SettingSpec<T>(String key, Class<T> type, Parser<T> parser, T defaultValue) {
    /** Reads one setting's value; a mistake is {@code node.error(...)}, which names its file and line. */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @param node      the value as written, never YAML null (an empty key leaves the setting unset)
         * @param directory the folder relative paths in the config resolve against (the folder of the
         *                  config file that was loaded, also for a value written in a file it extends)
         */
        T parse(YamlNode node, Path directory);
    }

    public SettingSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parser, "parser");
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            throw new IllegalArgumentException("setting key '" + key + "' is not lower case with hyphens");
        if (defaultValue != null && !type.isInstance(defaultValue))
            throw new IllegalArgumentException("default of setting " + key + " is not a " + type.getName());
    }

    /** Parses {@code node} and checks that the parser kept to the declared type. */
    public T parse(YamlNode node, Path directory) {
        Object value = parser.parse(node, directory);
        if (value != null && !type.isInstance(value))
            throw new IllegalStateException("parser of setting " + key + " gave a " + value.getClass().getName()
                    + ", not a " + type.getName());
        return type.cast(value);
    }
}
