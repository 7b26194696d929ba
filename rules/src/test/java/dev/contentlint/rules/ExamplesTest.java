package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sample pages in {@code examples/} show what the README promises: the stale date, the ten unused glossary entries, the empty section and the placeholder comment line. */
class ExamplesTest {
    private static final Map<String, Object> SETTINGS = Map.of("today", "2026-11-26");
    /** strict turns on grammar and spelling, whose artifact this module's tests run without. */
    private static final Map<String, Object> STRICT_WITHOUT_LANGUAGETOOL = Map.of("today", "2026-11-26", "rules",
            Map.of("grammar/languagetool", "off", "spelling/misspelling", "off"));
    /** The seed's "Important Terms", none of which its article uses. */
    private static final List<String> SEED_TERMS = List.of("Rejection Sensitivity Dysphoria", "Social Scripting Breakdown",
            "Emotional Decompression Retreat", "Shame-Induced Withdrawal", "Self-Compassion Deficit", "Social Pain Amplification",
            "Attachment Injury Response", "Ostracism-Induced Rumination", "Perceived Belongingness Threat",
            "Solitude Coping Mechanism");

    @TestFactory
    Stream<DynamicTest> seedPageShowsTheStaleDateAndTheEmptySection() {
        Path examples = SharedData.repositoryRoot().resolve("examples");
        return Stream.of("seed-page.md", "seed-page.html", "seed-page.txt").map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Finding> findings = lint(examples.resolve(name));
            List<String> expected = new java.util.ArrayList<>();
            expected.add("freshness/stale-date: Last updated Feb 28, 2025 is 636 days old (limit 365).");
            expected.add("style/weasel-words: 'studies reveal' leaves the reader to take the claim on trust;"
                    + " name the source or say it plainly");
            expected.add("style/weasel-words: 'Research shows' leaves the reader to take the claim on trust;"
                    + " name the source or say it plainly");
            for (String term : SEED_TERMS)
                expected.add("glossary/unused-entry: Glossary entry \"" + term + "\" is never used in this document outside"
                        + " its definition: use the term in the text or remove the entry.");
            expected.add("structure/empty-section: Section \"About the author.\" is empty: add content or remove the heading.");
            expected.add("structure/placeholder-text: Placeholder text \"No comment yet\": replace it with real content or remove it.");
            assertEquals(expected, findings.stream().filter(f -> !f.ruleId().startsWith("readability/"))
                    .map(f -> f.ruleId() + ": " + f.message()).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> seedPageRepeatsItsPhrasesUnderStrict() {
        Path examples = SharedData.repositoryRoot().resolve("examples");
        return Stream.of("seed-page.md", "seed-page.html", "seed-page.txt").map(name -> DynamicTest.dynamicTest(name, () -> {
            // repeated-phrase is a strict rule: reference pages repeat phrases on purpose.
            List<String> phrases = RuleTester.forPreset("strict").lint(name, Files.readString(examples.resolve(name)),
                            STRICT_WITHOUT_LANGUAGETOOL).stream()
                    .filter(f -> f.ruleId().equals("readability/repeated-phrase"))
                    .map(f -> f.message().substring(0, f.message().indexOf(" is used"))).toList();
            assertEquals(List.of("\"People often self-isolate after social rejection\"",
                    "\"self-isolate as a protective mechanism\""), phrases);
        }));
    }

    @TestFactory
    Stream<DynamicTest> readmeIsClean() {
        Path readme = SharedData.repositoryRoot().resolve("examples/README.md");
        return Stream.of(DynamicTest.dynamicTest("README.md", () -> assertEquals(List.of(), lint(readme))));
    }

    private static List<Finding> lint(Path file) throws IOException {
        return RuleTester.forPreset("recommended").lint(file.getFileName().toString(), Files.readString(file), SETTINGS);
    }
}
