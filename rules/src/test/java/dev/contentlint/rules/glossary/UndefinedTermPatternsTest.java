package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.ProgressListener;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The users' patterns of {@code glossary/undefined-term} run on RE2: linear time, whatever the pattern. */
class UndefinedTermPatternsTest {
    @TempDir
    Path dir;

    /**
     * A pattern that backtracks exponentially under java.util.regex (past a minute on the 30-character line of
     * the page) ends at once. The timeout only stops a hang; it measures nothing.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBacktrackingPatternEndsOnTheReproducer() {
        Path repro = SharedData.path("repro/glossary-pattern");
        RuleRegistry registry = RuleRegistry.load();
        var config = new ConfigLoader(registry).load(repro.resolve(".contentlint.yml"));
        var options = new EngineOptions(repro, 1, true, true, null, null, ProgressListener.NONE);
        List<Finding> findings = new Engine(config, registry, options)
                .run(List.of(new Input.PathOrGlob(repro.resolve("doc.md").toString()))).findings();
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().startsWith("contentlint/")).toList());
    }

    @Test
    void aReferenceAPatternFindsIsStillReported() throws IOException {
        Files.writeString(dir.resolve("glossary.yml"), "terms:\n  - term: widget\n");
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\nglossary: [glossary.yml]\n"
                + "rules:\n  glossary/undefined-term: {severity: warning, patterns: ['\\{\\{term:(?<term>[a-z]+)\\}\\}']}\n");
        Path page = Files.writeString(dir.resolve("a.md"), "# A\n\nA {{term:widget}} and a {{term:gadget}}.\n");
        RuleRegistry registry = RuleRegistry.load();
        var config = new ConfigLoader(registry).load(dir.resolve(".contentlint.yml"));
        var options = new EngineOptions(dir, 1, true, true, null, null, ProgressListener.NONE);
        List<Finding> findings = new Engine(config, registry, options).run(List.of(new Input.PathOrGlob(page.toString()))).findings();
        assertEquals(List.of("3:25 \"gadget\" is not in the glossary: add an entry for it or fix the reference."),
                findings.stream().map(f -> f.location().line() + ":" + f.location().column() + " " + f.message()).toList());
    }

    /** Look-behind and back-references need backtracking: the config says so instead of accepting them. */
    @Test
    void backtrackingConstructsAreConfigErrorsThatSayWhy() throws IOException {
        for (String pattern : List.of("(?<=id=)(?<term>[a-z]+)", "(?<term>[a-z])\\1")) {
            Path config = Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\n"
                    + "rules:\n  glossary/undefined-term: {severity: warning, patterns: ['" + pattern + "']}\n");
            ConfigException e = assertThrows(ConfigException.class,
                    () -> new ConfigLoader(RuleRegistry.load()).load(config), pattern);
            assertTrue(e.getMessage().contains("patterns run on RE2, which guarantees linear time"), e.getMessage());
        }
    }

    @Test
    void glossaryPagesRunsOnRe2Too() throws IOException {
        Path config = Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\n"
                + "rules:\n  glossary/undefined-term: {severity: warning, glossary-pages: '(?<!x)glossary'}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.load()).load(config));
        assertTrue(e.getMessage().contains("glossary-pages is not a valid regular expression"), e.getMessage());
    }
}
