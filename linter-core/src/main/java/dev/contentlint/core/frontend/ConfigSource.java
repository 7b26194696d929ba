package dev.contentlint.core.frontend;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a run's config comes from: the file the user names ({@code --config}, {@code configLocation}), else
 * {@link ConfigLoader#discover discovery} upwards from a folder, which honours {@code CONTENTLINT_CONFIG}.
 * Every front end asks here, so a wrong file gets the same message from each.
 */
public final class ConfigSource {
    private final ConfigLoader loader;
    private final Map<String, String> env;

    /** @param env the environment discovery reads {@code CONTENTLINT_CONFIG} from */
    public ConfigSource(ConfigLoader loader, Map<String, String> env) {
        this.loader = loader;
        this.env = Map.copyOf(env);
    }

    /**
     * The config {@code named} names, or when it is null the one discovery finds from {@code startDirectory}.
     *
     * @param named          the file as the user wrote it, resolved against {@code startDirectory}; errors
     *                       repeat it as written
     * @param parameter      what the user named it with, such as {@code --config} or {@code configLocation}
     * @throws ConfigException when the named file is a folder or missing, or the config is wrong
     */
    public Config load(Path named, String parameter, Path startDirectory) {
        if (named != null) return loader.load(requireFile(startDirectory.resolve(named).normalize(), named, parameter));
        String fromEnv = env.get(ConfigLoader.ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path file = startDirectory.resolve(fromEnv.trim()).normalize();
            // Discovery says a missing file is missing; a folder would get the same words, which mislead.
            if (Files.isDirectory(file))
                throw new ConfigException(file, 0, null, "is a folder; " + ConfigLoader.ENV_VARIABLE
                        + " needs a .contentlint.yml file; fix or unset the variable");
        }
        return loader.discover(startDirectory, env);
    }

    private static Path requireFile(Path file, Path named, String parameter) {
        if (Files.isRegularFile(file)) return file;
        throw new ConfigException(named, 0, null, Files.isDirectory(file)
                ? "is a folder; " + parameter + " needs a .contentlint.yml file"
                : "no such file (given with " + parameter + ")");
    }
}
