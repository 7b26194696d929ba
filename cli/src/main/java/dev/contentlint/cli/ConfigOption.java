package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.frontend.ConfigSource;
import java.nio.file.Path;

/** The {@code --config} option every command shares: an explicit file, else discovery from the working directory. */
final class ConfigOption {
    private ConfigOption() {}

    /** The config named by {@code --config} ({@code option}), or the one discovery finds when it is null. */
    static Config load(ConfigLoader loader, Terminal terminal, String option) {
        return new ConfigSource(loader, terminal.env())
                .load(option == null ? null : Path.of(option), "--config", terminal.workingDir());
    }
}
