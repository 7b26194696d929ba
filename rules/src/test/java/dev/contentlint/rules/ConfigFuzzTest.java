package dev.contentlint.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz test of the config loader with the built-in rules, their settings and definers: any text either
 * loads or is a {@link ConfigException} (the user error, shown with file and line); no other exception
 * escapes, and the error's message quotes no more of the text than a short excerpt.
 */
class ConfigFuzzTest {
    static final int MAX_BYTES = 16 * 1024;
    private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(new BuiltInRules()));
    private static Path base;

    @FuzzTest
    void load(byte[] input) {
        if (input.length > MAX_BYTES) return;
        String yaml = new String(input, StandardCharsets.UTF_8);
        try {
            new ConfigLoader(REGISTRY).load(yaml, base().resolve(".contentlint.yml")).forFile("docs/page.md");
        } catch (ConfigException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("a config error without a message", e);
        }
    }

    /** An empty folder, so that {@code extends} and setting files name nothing the test did not make. */
    private static synchronized Path base() {
        if (base != null) return base;
        try {
            base = Files.createTempDirectory("contentlint-config-fuzz");
            base.toFile().deleteOnExit();
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
