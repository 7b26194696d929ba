package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.CoreSettings;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cache-max-age and cache-max-size: parsed when the config loads, 0 for no limit, and the limits the run cache prunes to. */
class CacheLimitSettingsTest {
    private static final RuleRegistry RULES = new RuleRegistry(List.of(new TestRules.Provider()));

    @TempDir
    Path root;

    private Config load(String yaml) {
        return new ConfigLoader(RULES).load(yaml, root.resolve(".contentlint.yml"));
    }

    @Test
    void defaultsAreThirtyDaysAnd256MiB() {
        Config config = load("root: true\n");
        assertEquals(Duration.ofDays(30), config.setting(CoreSettings.CACHE_MAX_AGE));
        assertEquals(256L << 20, config.setting(CoreSettings.CACHE_MAX_SIZE));
    }

    @Test
    void agesAndSizesAsWritten() {
        assertEquals(Duration.ofDays(7), load("cache-max-age: 7d\n").setting(CoreSettings.CACHE_MAX_AGE));
        assertEquals(Duration.ofHours(12), load("cache-max-age: 12h\n").setting(CoreSettings.CACHE_MAX_AGE));
        assertEquals(Duration.ofMinutes(90), load("cache-max-age: 90m\n").setting(CoreSettings.CACHE_MAX_AGE));
        assertEquals(64L << 20, load("cache-max-size: 64MB\n").setting(CoreSettings.CACHE_MAX_SIZE));
        assertEquals(1L << 30, load("cache-max-size: 1 GB\n").setting(CoreSettings.CACHE_MAX_SIZE));
        assertEquals(5000L, load("cache-max-size: 5000\n").setting(CoreSettings.CACHE_MAX_SIZE));
        for (String none : List.of("0", "none", "off")) {
            assertEquals(Duration.ZERO, load("cache-max-age: " + none + "\n").setting(CoreSettings.CACHE_MAX_AGE), none);
            assertEquals(0L, load("cache-max-size: " + none + "\n").setting(CoreSettings.CACHE_MAX_SIZE), none);
        }
    }

    @Test
    void aWrongValueStopsTheLoadWithFileLineAndWhatToWrite() {
        ConfigException age = assertThrows(ConfigException.class, () -> load("root: true\ncache-max-age: 30 days\n"));
        assertTrue(age.getMessage().contains(".contentlint.yml:2"), age.getMessage());
        assertTrue(age.getMessage().contains("expected an age such as 30d, 12h or 90m, or 0 for no limit"), age.getMessage());
        ConfigException size = assertThrows(ConfigException.class, () -> load("cache-max-size: -1MB\n"));
        assertTrue(size.getMessage().contains("expected a size such as 256MB or 1GB, or 0 for no limit"), size.getMessage());
        assertThrows(ConfigException.class, () -> load("cache-max-size: [1]\n"));
    }

    @Test
    void theRunPrunesItsCacheToTheConfiguredSize() throws IOException {
        Files.writeString(root.resolve("a.md"), "# A\n\nOne.\n");
        Files.writeString(root.resolve("b.md"), "# B\n\nTwo.\n");
        Path cache = root.resolve("cache");
        EngineOptions options = EngineOptions.defaults(root).withJobs(1).withCacheDirectory(cache);
        new Engine(load("root: true\n"), RULES, options).run(List.of(Input.of("a.md"), Input.of("b.md")));
        assertEquals(2, entries(cache), "the default limits keep both entries");
        // one byte holds no entry: the run that wrote them removes every one
        new Engine(load("root: true\ncache-max-size: 1\n"), RULES, options).run(List.of(Input.of("a.md"), Input.of("b.md")));
        assertEquals(0, entries(cache));
        new Engine(load("root: true\ncache-max-size: 0\ncache-max-age: 0\n"), RULES, options)
                .run(List.of(Input.of("a.md"), Input.of("b.md")));
        assertEquals(2, entries(cache), "0 is no limit");
    }

    private static long entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) return 0;
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{62}")).count();
        }
    }
}
