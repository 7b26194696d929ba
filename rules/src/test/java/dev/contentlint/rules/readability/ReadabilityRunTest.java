package dev.contentlint.rules.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readability rules over several files: per-path grade targets and passages repeated across files. */
class ReadabilityRunTest {
    static final String PAGE = """
            # Plans

            The basic plan suits most small teams that publish a few pages each week and want simple reports.
            Each plan includes support by e-mail, and every customer can change plans at any time of the month.
            """;

    private static List<String> run(Path dir, String config) throws IOException {
        Files.writeString(dir.resolve(".contentlint.yml"), config);
        RuleRegistry registry = RuleRegistry.load();
        Config c = new ConfigLoader(registry).load(dir.resolve(".contentlint.yml"));
        EngineOptions options = EngineOptions.defaults(dir).withJobs(1).withToday(LocalDate.of(2026, 11, 26));
        return new Engine(c, registry, options).run(List.of(Input.of(dir))).findings().stream()
                .map(f -> f.path() + " " + f.location().line() + ": " + f.message()).toList();
    }

    @Test
    void overridesSetAGradeTargetPerPath(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs/kids"));
        Files.writeString(dir.resolve("docs/kids/plans.md"), PAGE);
        Files.writeString(dir.resolve("docs/plans.md"), PAGE);
        List<String> findings = run(dir, """
                root: true
                rules:
                  readability/grade-level: { max-grade: 12, min-words: 20 }
                overrides:
                  - files: ["docs/kids/**"]
                    rules: { readability/grade-level: { max-grade: 3 } }
                """);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(true, findings.get(0).startsWith("docs/kids/plans.md 1: The page reads at grade "), findings.toString());
        assertEquals(true, findings.get(0).contains("(flesch-kincaid; target 3 or below)"), findings.toString());
    }

    @Test
    void aPageCopiedIntoAnotherFolderIsOneFindingNamingTheFirst(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("v1"));
        Files.createDirectories(dir.resolve("v2"));
        Files.writeString(dir.resolve("v1/plans.md"), PAGE);
        Files.writeString(dir.resolve("v2/plans.md"), PAGE);
        Files.writeString(dir.resolve("v2/other.md"), "# Other\n\nThe basic plan suits most small teams that publish a "
                + "few pages each week and want simple reports.\n");
        String config = "root: true\nrules:\n  readability/duplicate-passage: warning\n";
        assertEquals(List.of(
                "v2/other.md 3: This sentence repeats the one on v1/plans.md:3: keep one and cut or reword the other.",
                "v2/plans.md 3: This sentence repeats the one on v1/plans.md:3 (2 sentences of this file repeat that file):"
                        + " keep one and cut or reword the other."), run(dir, config));
        assertEquals(List.of(), run(dir, config.replace("warning", "{ across-files: false }")));
    }
}
