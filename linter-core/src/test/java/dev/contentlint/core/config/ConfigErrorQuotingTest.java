package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config error quotes a short prefix of a value, never a whole file read by mistake. */
class ConfigErrorQuotingTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(new RuleRegistry(List.of(new TestRules.Provider())));

    @Test
    void extendingAFileThatIsNotAConfigQuotesOnlyItsStart() throws IOException {
        String secret = IntStream.range(0, 40).mapToObj(i -> "user" + i + ":x:" + i + ":" + i + ":secret" + i + ":/home/u:/bin/sh")
                .collect(Collectors.joining("\n", "", "\n"));
        Path passwd = Files.writeString(dir.resolve("passwd"), secret);
        Path config = Files.writeString(dir.resolve(".contentlint.yml"), "extends: " + passwd + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(config));
        assertEquals(passwd + ":1: expected a map of settings at the top level, got"
                + " 'user0:x:0:0:secret0:/home/u:/bin/sh user…' (" + String.format("%,d", secret.length() - 1) + " characters)",
                e.getMessage());
        assertFalse(e.getMessage().contains("secret2"), e.getMessage());
    }

    @Test
    void aLongValueOfAnOptionIsCut() {
        String value = "y".repeat(5000);
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load("rules:\n  freshness/stale-date: {max-age-days: " + value + "}\n", dir.resolve(".contentlint.yml")));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertTrue(e.getMessage().contains("'" + "y".repeat(ConfigException.QUOTE_LIMIT) + "…' (5,000 characters)"), e.getMessage());
    }

    @Test
    void aLongUnknownKeyIsCut() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load("k" + "e".repeat(3000) + ": 1\n", dir.resolve(".contentlint.yml")));
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void quoteKeepsShortValuesWholeAndShowsLineBreaksAsSpaces() {
        assertEquals("'en-US'", ConfigException.quote("en-US"));
        assertEquals("'a b'", ConfigException.quote("a\nb"));
        assertEquals("nothing", ConfigException.quote(null));
        String emoji = "\uD83D\uDE00".repeat(ConfigException.QUOTE_LIMIT + 1);
        assertEquals("'" + "\uD83D\uDE00".repeat(ConfigException.QUOTE_LIMIT) + "…' (41 characters)", ConfigException.quote(emoji));
    }
}
