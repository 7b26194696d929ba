package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
    @TempDir
    Path tmp;

    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private Path dir(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, yaml);
    }

    @Test
    void nearestFileWins() throws IOException {
        write("repo/.contentlint.yml", "language: en-GB\n");
        Path nearer = write("repo/docs/.contentlint.yaml", "language: de\n");
        Path start = dir("repo/docs/guide/deep");
        Config c = loader.discover(start, Map.of());
        assertEquals("de", c.language());
        assertEquals(Optional.of(nearer), c.file());
        assertEquals(nearer.getParent(), c.baseDirectory());
    }

    @Test
    void walksUpToTheDirectoryHoldingGit() throws IOException {
        dir("repo/.git");
        Path file = write("repo/.contentlint.yml", "language: fr\n");
        Config c = loader.discover(dir("repo/a/b"), Map.of());
        assertEquals(Optional.of(file), c.file());
    }

    @Test
    void doesNotLookAboveTheRepository() throws IOException {
        write(".contentlint.yml", "language: fr\n");
        dir("repo/.git");
        Path start = dir("repo/docs");
        Config c = loader.discover(start, Map.of());
        assertEquals(Optional.empty(), c.file());
        assertEquals(start.toAbsolutePath(), c.baseDirectory());
        assertEquals(loader.builtin(start).fingerprint(), c.fingerprint());
    }

    @Test
    void gitAsAFileCountsToo() throws IOException {
        write(".contentlint.yml", "language: fr\n");
        write("worktree/.git", "gitdir: /elsewhere\n");
        Config c = loader.discover(dir("worktree/docs"), Map.of());
        assertEquals(Optional.empty(), c.file());
    }

    @Test
    void environmentVariableWinsAndIsRelativeToTheStart() throws IOException {
        dir("repo/.git");
        write("repo/.contentlint.yml", "language: fr\n");
        Path named = write("repo/ci/lint.yml", "language: it\n");
        Path start = tmp.resolve("repo");
        Config c = loader.discover(start, Map.of("CONTENTLINT_CONFIG", "ci/lint.yml"));
        assertEquals("it", c.language());
        assertEquals(Optional.of(start.resolve("ci/lint.yml")), c.file());
        assertEquals(named.getParent(), c.baseDirectory());
    }

    @Test
    void blankEnvironmentVariableIsIgnored() throws IOException {
        dir("repo/.git");
        write("repo/.contentlint.yml", "language: fr\n");
        assertEquals("fr", loader.discover(tmp.resolve("repo"), Map.of("CONTENTLINT_CONFIG", " ")).language());
    }

    @Test
    void environmentVariableNamingNothingIsAnError() throws IOException {
        Path start = dir("repo");
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.discover(start, Map.of("CONTENTLINT_CONFIG", "missing.yml")));
        assertEquals(start.resolve("missing.yml") + ": CONTENTLINT_CONFIG names a config file that does not exist;"
                + " fix or unset the variable", e.getMessage());
    }

    @Test
    void twoConfigFilesInOneDirectoryIsAnError() throws IOException {
        dir("repo/.git");
        write("repo/.contentlint.yml", "language: fr\n");
        write("repo/.contentlint.yaml", "language: de\n");
        Path repo = tmp.resolve("repo").toAbsolutePath();
        ConfigException e = assertThrows(ConfigException.class, () -> loader.discover(repo.resolve("."), Map.of()));
        assertEquals(repo.resolve(".contentlint.yaml") + ": both .contentlint.yml and .contentlint.yaml are in "
                + repo + "; keep one", e.getMessage());
    }

    @Test
    void discoveredFileErrorsNameIt() throws IOException {
        dir("repo/.git");
        Path file = write("repo/.contentlint.yml", "rules:\n  freshness/stale-dat: on\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.discover(tmp.resolve("repo"), Map.of()));
        assertEquals(file, e.file());
        assertEquals(2, e.line());
    }

    @Test
    void rootTrueIsAccepted() throws IOException {
        write(".contentlint.yml", "language: fr\n");
        Path file = write("repo/.contentlint.yml", "root: true\nlanguage: de\n");
        Config c = loader.discover(dir("repo/x"), Map.of());
        assertEquals(Optional.of(file), c.file());
        assertEquals("de", c.language());
    }
}
