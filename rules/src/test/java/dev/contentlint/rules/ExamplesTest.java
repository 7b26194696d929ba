package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sample pages in {@code examples/} show what the README promises: the stale date, the empty section and the placeholder comment line. */
class ExamplesTest {
    private static final Map<String, Object> SETTINGS = Map.of("today", "2026-11-26");

    @TestFactory
    Stream<DynamicTest> seedPageShowsTheStaleDateAndTheEmptySection() {
        Path examples = RuleDocsTest.repositoryRoot().resolve("examples");
        return Stream.of("seed-page.md", "seed-page.html", "seed-page.txt").map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Finding> findings = lint(examples.resolve(name));
            assertEquals(List.of("freshness/stale-date: Last updated Feb 28, 2025 is 636 days old (limit 365).",
                            "structure/empty-section: Section \"About the author.\" is empty: add content or remove the heading.",
                            "structure/placeholder-text: Placeholder text \"No comment yet\": replace it with real content or remove it."),
                    findings.stream().filter(f -> !f.ruleId().startsWith("readability/"))
                            .map(f -> f.ruleId() + ": " + f.message()).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> seedPageRepeatsItsPhrases() {
        Path examples = RuleDocsTest.repositoryRoot().resolve("examples");
        return Stream.of("seed-page.md", "seed-page.html", "seed-page.txt").map(name -> DynamicTest.dynamicTest(name, () -> {
            List<String> phrases = lint(examples.resolve(name)).stream()
                    .filter(f -> f.ruleId().equals("readability/repeated-phrase"))
                    .map(f -> f.message().substring(0, f.message().indexOf(" is used"))).toList();
            assertEquals(List.of("\"People often self-isolate after social rejection\"",
                    "\"self-isolate as a protective mechanism\""), phrases);
        }));
    }

    @TestFactory
    Stream<DynamicTest> readmeIsClean() {
        Path readme = RuleDocsTest.repositoryRoot().resolve("examples/README.md");
        return Stream.of(DynamicTest.dynamicTest("README.md", () -> assertEquals(List.of(), lint(readme))));
    }

    private static List<Finding> lint(Path file) throws IOException {
        return RuleTester.forPreset("recommended").lint(file.getFileName().toString(), Files.readString(file), SETTINGS);
    }
}
