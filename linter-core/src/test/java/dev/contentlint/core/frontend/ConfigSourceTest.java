package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(new RuleRegistry(List.of()));

    @BeforeEach
    void repository() throws IOException {
        // Discovery stops at the folder holding .git, so nothing above the temporary folder is found.
        Files.createDirectories(dir.resolve(".git"));
    }

    private Config load(Path named, String parameter, Map<String, String> env) {
        return new ConfigSource(loader, env).load(named, parameter, dir);
    }

    @Test
    void aNamedFileIsResolvedAgainstTheStartFolderAndWinsOverDiscovery() throws IOException {
        write(".contentlint.yml", "language: de\n");
        Path named = write("conf/strict.yml", "language: fr\n");
        Config c = load(Path.of("conf/strict.yml"), "--config", Map.of("CONTENTLINT_CONFIG", ".contentlint.yml"));
        assertEquals("fr", c.language());
        assertEquals(Optional.of(named), c.file());
    }

    @Test
    void aNamedFolderIsAnErrorThatRepeatsThePathAsWrittenAndNamesTheParameter() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        ConfigException e = assertThrows(ConfigException.class, () -> load(Path.of("conf"), "configLocation", Map.of()));
        assertEquals("conf: is a folder; configLocation needs a .contentlint.yml file", e.getMessage());
    }

    @Test
    void aMissingNamedFileIsAnErrorThatNamesTheParameter() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Path.of("conf/nope.yml"), "--config", Map.of()));
        assertEquals("conf/nope.yml: no such file (given with --config)", e.getMessage());
    }

    @Test
    void withoutANamedFileDiscoveryFindsTheNearestConfig() throws IOException {
        Path found = write(".contentlint.yml", "language: de\n");
        Config c = load(null, "--config", Map.of());
        assertEquals(Optional.of(found), c.file());
    }

    @Test
    void withoutAnyConfigTheBuiltInDefaultApplies() {
        assertEquals(Optional.empty(), load(null, "--config", Map.of()).file());
    }

    @Test
    void theEnvironmentVariableNamesTheFileWhenNoneIsNamed() throws IOException {
        write(".contentlint.yml", "language: de\n");
        Path ci = write("ci/lint.yml", "language: fr\n");
        assertEquals(Optional.of(ci), load(null, "--config", Map.of("CONTENTLINT_CONFIG", "ci/lint.yml")).file());
    }

    @Test
    void theEnvironmentVariableNamingAFolderSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("ci"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(null, "--config", Map.of("CONTENTLINT_CONFIG", "ci")));
        assertEquals(dir.resolve("ci") + ": is a folder; CONTENTLINT_CONFIG needs a .contentlint.yml file;"
                + " fix or unset the variable", e.getMessage());
    }

    @Test
    void theEnvironmentVariableNamingNothingSaysSo() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(null, "--config", Map.of("CONTENTLINT_CONFIG", "missing.yml")));
        assertTrue(e.getMessage().endsWith("CONTENTLINT_CONFIG names a config file that does not exist;"
                + " fix or unset the variable"), e.getMessage());
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
