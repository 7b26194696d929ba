package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.SettingSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An effective configuration: a config file with its {@code extends} chain merged, validated against
 * the rule registry. Immutable and safe to share between threads.
 */
public interface Config {
    /** The config file this came from, or empty for the built-in default. */
    Optional<Path> file();

    /** Directory that relative globs and paths in the config are resolved against. */
    Path baseDirectory();

    /** Document language, BCP 47 (default {@code en-US}). */
    String language();

    /** Fixed "today" for reproducible runs, if configured. */
    Optional<LocalDate> today();

    /** Globs of files to lint when a directory is given (relative to the base directory). */
    List<String> include();

    /** Globs of files and folders never linted. */
    List<String> exclude();

    /**
     * Globs that choose a file's format whatever its extension ({@code files.formats}); a file they match is
     * linted when a directory is walked even if its extension names no format.
     */
    default FormatMap formats() {
        return FormatMap.NONE;
    }

    /** Files larger than this many bytes are skipped with a finding. */
    long maxFileSize();

    /**
     * The value of a top-level setting a rule provider declares, as its parser made it when this config
     * loaded; the spec's default when no layer sets it.
     */
    <T> T setting(SettingSpec<T> spec);

    /**
     * An error about a top-level setting found by the feature that reads it, pointing at the file and line
     * where the setting is written.
     */
    default ConfigException settingError(String key, String message) {
        return new ConfigException(file().orElse(null), 0, key, message);
    }

    /**
     * The rules this config defines itself (e.g. style rules from {@code styles:}), beyond those of the
     * registry it was loaded with; the engine adds them to its registry so suppressions know their ids.
     */
    default List<dev.contentlint.core.rule.DefinedRule> definedRules() {
        return List.of();
    }

    /**
     * The rules enabled for one file, after {@code overrides}, with severities and bound options.
     * {@code relativePath} is relative to {@link #baseDirectory()}, with {@code /} separators.
     */
    FileConfig forFile(String relativePath);

    /**
     * The effective config for one file with where each rule, option and setting was set, for people
     * asking why a rule applies. {@code relativePath} is as for {@link #forFile}; the file need not exist.
     *
     * @throws UnsupportedOperationException for a config that does not record where its values came from
     *                                       (configs the loader makes all do)
     */
    default ConfigExplanation explain(String relativePath) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " records no provenance");
    }

    /** A stable hash of everything in the effective config, for caches. */
    String fingerprint();
}
