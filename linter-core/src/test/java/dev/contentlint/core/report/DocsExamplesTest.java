package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples in docs/output-formats.md and docs/json-format.md are real output of the formatters. */
class DocsExamplesTest {
    private static final Path DOCS = Path.of("../docs");

    static RunResult example() {
        var rules = List.of(
                ReportFixture.rule("accessibility/img-alt-text", "Images need a text alternative.", Severity.ERROR,
                        Category.ACCESSIBILITY, List.of("1.1.1"), List.of("23a2a8")),
                ReportFixture.rule("freshness/stale-date", "Dates older than the allowed age.", Severity.WARNING,
                        Category.FRESHNESS, List.of(), List.of()),
                ReportFixture.rule("spelling/misspelling", "Words not in the dictionary.", Severity.INFO,
                        Category.SPELLING, List.of(), List.of()));
        var findings = List.of(
                new Finding("accessibility/img-alt-text", Severity.ERROR, "Image \"logo.png\" has no alt text.",
                        "docs/guide.md", new Location(12, 1, 12, 30), List.of(), Map.of("src", "logo.png")),
                new Finding("freshness/stale-date", Severity.WARNING, "Date 2019-01-01 is older than 365 days.",
                        "docs/guide.md", new Location(3, 14, 3, 24)),
                new Finding("spelling/misspelling", Severity.INFO, "Unknown word 'recieve'.", "README.md",
                        new Location(7, 5, 7, 12),
                        List.of(new Fix(new Location(7, 5, 7, 12), "receive", "Replace with \"receive\"",
                                FixSafety.UNSAFE)), Map.of()));
        return new RunResult(findings, List.of("README.md", "docs/guide.md", "docs/index.md"), rules,
                Duration.ofMillis(380));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "json, json-format.md, ## Example, json",
            "text, output-formats.md, ## text, ''",
            "checkstyle, output-formats.md, ## checkstyle, xml",
            "junit, output-formats.md, ## junit, xml",
            "github, output-formats.md, ## github, ''",
            "gitlab, output-formats.md, ## gitlab, json",
    })
    void exampleMatchesOutput(String format, String page, String heading, String lang) throws IOException {
        Path file = DOCS.resolve(page);
        assumeTrue(Files.isRegularFile(file), "docs/" + page + " is not next to this module");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf(heading + "\n"));
        Matcher m = Pattern.compile("```" + Pattern.quote(lang) + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertEquals(true, m.find(), "no example under " + heading);
        assertEquals(ReportFixture.render(Formatters.get(format), example(), FormatOptions.plain("0.1.0")), m.group(1));
    }

    @Test
    void summaryExampleMatches() throws IOException {
        String expected = "1 error, 1 warning, 1 info in 2 files (3 checked) in 0.4 s";
        Path file = DOCS.resolve("output-formats.md");
        assumeTrue(Files.isRegularFile(file), "docs/output-formats.md is not next to this module");
        assertEquals(expected, TextFormatter.summary(example()));
        assertEquals(true, Files.readString(file, StandardCharsets.UTF_8).contains("\n" + expected + "\n"));
    }
}
