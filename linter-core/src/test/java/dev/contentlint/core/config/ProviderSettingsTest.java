package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting owned by a rule provider: known through the provider, parsed at load, read typed by its rule. */
class ProviderSettingsTest {
    private static final RuleRegistry WITH = new RuleRegistry(List.of(new TestRules.Provider(), new ExampleLimitProvider()));
    private static final RuleRegistry WITHOUT = new RuleRegistry(List.of(new TestRules.Provider()));

    @TempDir
    Path root;

    private Path write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> messages(Config config) {
        Engine engine = new Engine(config, WITH, EngineOptions.defaults(root).withJobs(1));
        List<Finding> findings = engine.run(List.of(Input.stdin("# Page\n".getBytes(StandardCharsets.UTF_8), "page.md")))
                .findings();
        return findings.stream().filter(f -> f.ruleId().equals("example/limit")).map(Finding::message).toList();
    }

    @Test
    void theRuleSeesTheValueTheConfigGives() throws IOException {
        Config config = new ConfigLoader(WITH).load(write(".contentlint.yml",
                "rules:\n  example/limit: on\nexample-limit: 5\n"));
        assertEquals(5, config.setting(ExampleLimitProvider.LIMIT));
        assertEquals(List.of("limit 5"), messages(config));
    }

    @Test
    void theDefaultWhenNoConfigSetsIt() throws IOException {
        Config config = new ConfigLoader(WITH).load(write(".contentlint.yml", "rules:\n  example/limit: on\n"));
        assertEquals(List.of("limit 10"), messages(config));
    }

    @Test
    void anExtendedFileSetsItAndTheLoadedFileReplacesIt() throws IOException {
        write("shared/base.yml", "example-limit: 3\n");
        Config inherited = new ConfigLoader(WITH).load(write("a/.contentlint.yml", "extends: ../shared/base.yml\n"));
        assertEquals(3, inherited.setting(ExampleLimitProvider.LIMIT));
        Config replaced = new ConfigLoader(WITH).load(write("b/.contentlint.yml",
                "extends: ../shared/base.yml\nexample-limit: 7\n"));
        assertEquals(7, replaced.setting(ExampleLimitProvider.LIMIT));
    }

    @Test
    void aBadValueFailsTheLoadAtItsFileAndLine() throws IOException {
        Path file = write(".contentlint.yml", "rules:\n  example/limit: on\nexample-limit: lots\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(WITH).load(file));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(file + ":3: example-limit: expected a whole number of at least 1, got 'lots'", e.getMessage());
    }

    @Test
    void aBadValueInAnExtendedFileNamesThatFile() throws IOException {
        Path base = write("shared/base.yml", "language: en\n\nexample-limit: 0\n");
        Path file = write("a/.contentlint.yml", "extends: ../shared/base.yml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(WITH).load(file));
        assertEquals(base.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        assertEquals(3, e.line());
    }

    @Test
    void withoutTheProviderTheKeyIsUnknown() throws IOException {
        Path file = write(".contentlint.yml", "example-limit: 5\n");
        assertEquals(file + ":1: example-limit: unknown key 'example-limit'; known keys: root, extends, language, today,"
                        + " max-file-size, files, rules, overrides, cache-max-age, cache-max-size, file-time-budget",
                assertThrows(ConfigException.class, () -> new ConfigLoader(WITHOUT).load(file)).getMessage());
    }

    @Test
    void aMisspelledKeySuggestsTheProvidersSetting() {
        assertEquals("x.yml:1: example-limits: unknown key 'example-limits'; did you mean 'example-limit'?",
                assertThrows(ConfigException.class, () -> new ConfigLoader(WITH).load("example-limits: 5\n",
                        Path.of("x.yml"))).getMessage());
    }

    @Test
    void aProviderCannotTakeAKeyTheConfigReadsItself() {
        var clash = new dev.contentlint.core.rule.RuleProvider() {
            @Override
            public List<dev.contentlint.core.rule.Rule> rules() {
                return List.of();
            }

            @Override
            public List<dev.contentlint.core.rule.SettingSpec<?>> settings() {
                return List.of(new dev.contentlint.core.rule.SettingSpec<>("language", String.class,
                        (node, dir) -> node.text(), "en"));
            }
        };
        assertThrows(IllegalStateException.class, () -> new ConfigLoader(new RuleRegistry(List.of(clash))));
    }
}
