package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's readability table comes from the lint run's own parse of each file: no file is read twice. */
class MeasuredReadabilityTest {
    @TempDir Path base;

    @Test
    void measuresEachLintedFileWithProseFromTheOneParseAndSkipsTheRest() throws IOException {
        Files.createDirectories(base.resolve("docs"));
        Files.writeString(base.resolve(".contentlint.yml"), "root: true\nmax-file-size: 300\n");
        Files.writeString(base.resolve("docs/plain.md"), "# Start\n\nThe cat sat on the mat. The dog ran to the park.\n");
        Files.writeString(base.resolve("docs/code.md"), "```\nonly code here\n```\n");
        Files.writeString(base.resolve("docs/big.md"), "Words and words. ".repeat(30));
        Files.write(base.resolve("docs/image.md"), new byte[] {'P', 'N', 'G', 0, 1, 2});
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        Config config = new ConfigLoader(registry).load(base.resolve(".contentlint.yml"));
        Map<String, Integer> parses = new ConcurrentHashMap<>();
        MeasuredReadability source = new MeasuredReadability();
        RunResult result = new Engine(config, registry, EngineOptions.defaults(base).withJobs(2))
                .withParser((path, relativePath, content, format) -> {
                    parses.merge(relativePath, 1, Integer::sum);
                    return Parsers.parse(path, relativePath, content, format);
                })
                .run(List.of(Input.of("docs")), source.products());

        ReadabilityTable table = source.table(result);
        assertEquals(Map.of("docs/code.md", 1, "docs/image.md", 1, "docs/plain.md", 1), new TreeMap<>(parses),
                "every file that fits max-file-size is parsed once, for the findings and the table together");
        assertFalse(table.isEmpty());
        assertEquals(MeasuredReadability.COLUMNS, table.columns());
        assertEquals(List.of("docs/plain.md"), List.copyOf(table.rows().keySet()),
                "no prose, too large or binary: no row");
        List<String> row = table.rows().get("docs/plain.md");
        assertEquals("13", row.get(2), "words: the heading and both sentences");
        assertEquals("4.3", row.get(3), "words per sentence: the heading is one");
        assertEquals("0%", row.get(4), "passive share");
        assertEquals("not graded", row.get(0), "13 words are too few to grade");
        assertEquals("2", table.summary().get("Files"), "code.md is measured and has no prose");
        assertEquals("2", table.summary().get("Not graded (under 100 words)"));

        Path site = base.resolve("target/site");
        assertEquals(java.util.Optional.of(MeasuredReadability.FULL_REPORT), source.writeFullReport(result, site));
        String full = Files.readString(site.resolve(MeasuredReadability.FULL_REPORT));
        assertTrue(full.contains("data-path=\"docs/plain.md\""), "the full report has the file's text view");
        assertEquals(List.of("contentlint/binary-file", "contentlint/file-too-large"), result.findings().stream()
                .filter(f -> f.path().equals("docs/big.md") || f.path().equals("docs/image.md"))
                .map(f -> f.ruleId()).sorted().toList(), "what has no row has its finding");
    }

    @Test
    void aRunWithoutTheProductGivesAnEmptyTable() {
        RunResult result = new RunResult(List.of(), List.of("docs/plain.md"), List.of(), java.time.Duration.ZERO);
        assertEquals(Map.of(), new MeasuredReadability().table(result).rows());
    }
}
