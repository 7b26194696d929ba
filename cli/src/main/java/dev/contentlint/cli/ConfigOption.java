package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --config} option every command shares: an explicit file, else discovery from the working directory. */
final class ConfigOption {
    private ConfigOption() {}

    /** The config named by {@code --config} ({@code option}), or the one discovery finds when it is null. */
    static Config load(ConfigLoader loader, Terminal terminal, String option) {
        if (option == null) return loader.discover(terminal.workingDir(), terminal.env());
        return loader.load(file(terminal, option));
    }

    /** The file {@code --config} names, which must be a regular file. */
    static Path file(Terminal terminal, String option) {
        Path file = terminal.resolve(option);
        if (!Files.isRegularFile(file))
            throw new ConfigException(Path.of(option), 0, null, Files.isDirectory(file)
                    ? "is a folder; --config needs a .contentlint.yml file"
                    : "no such file (given with --config)");
        return file;
    }
}
