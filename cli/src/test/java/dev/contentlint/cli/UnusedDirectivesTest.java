package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --report-unused-disable-directives}, and what inline comments hide in the machine-readable reports. */
class UnusedDirectivesTest {
    static final String PAGE = """
            # Rates

            <!-- contentlint-disable-next-line glossary/rejected-term -- quoted from a customer's letter -->
            Send us an e-mail about the rate.

            <!-- contentlint-disable-next-line glossary/rejected-term -->
            Ask the team first.

            Our email desk answers within a day.
            """;
    static final String UNUSED = "docs/rates.md:6:1: %s: This contentlint-disable-next-line comment names "
            + "glossary/rejected-term, which hides no finding here; remove the comment. "
            + "[contentlint/unused-disable-directive]";

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), "extends: recommended\nglossary: [terms.yml]\n");
        Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n    rejected: [e-mail]\n");
        Path page = dir.resolve("docs/rates.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        cli = new Cli(dir);
    }

    @Test
    void unusedCommentsAreReportedOnlyWhenAskedAndFailAtTheSeverityGiven() {
        Cli.Result plain = cli.run("docs", "--fail-on", "warning");
        assertEquals(0, plain.code(), plain.toString());
        assertEquals("", plain.out(), "the hidden finding is not shown");

        Cli.Result warned = cli.run("--report-unused-disable-directives", "docs");
        assertEquals(0, warned.code(), "a warning does not fail at --fail-on error: " + warned);
        assertEquals(UNUSED.formatted("warning") + "\n", warned.out(), "the flag takes no path as its severity");
        assertEquals(1, cli.run("--report-unused-disable-directives", "--fail-on", "warning", "docs").code());

        Cli.Result failed = cli.run("docs", "--report-unused-disable-directives=error");
        assertEquals(1, failed.code(), failed.toString());
        assertEquals(UNUSED.formatted("error") + "\n", failed.out());
    }

    @Test
    void aBadSeverityOrIgnoringTheCommentsIsAUsageError() {
        Cli.Result bad = cli.run("docs", "--report-unused-disable-directives=loud");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("'loud' is not a severity; use error, warning or info"), bad.toString());
        Cli.Result both = cli.run("docs", "--report-unused-disable-directives", "--no-inline-config");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("--no-inline-config ignores; use one"), both.toString());
    }

    @Test
    void jsonAndSarifListTheHiddenFindingWithItsReasonAndTheBaselineCountsOnlyItsOwn() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Cli.Result json = cli.run("docs", "--format", "json");
        assertEquals(0, json.code(), json.toString());
        JsonNode report = mapper.readTree(json.out());
        assertEquals(0, report.get("findings").size());
        JsonNode hidden = report.get("suppressed");
        assertEquals(1, hidden.size(), json.out());
        assertEquals("glossary/rejected-term", hidden.at("/0/ruleId").asText());
        assertEquals(4, hidden.at("/0/line").asInt());
        assertEquals("inSource", hidden.at("/0/suppression/kind").asText());
        assertEquals("quoted from a customer's letter", hidden.at("/0/suppression/justification").asText());
        assertEquals(3, hidden.at("/0/suppression/line").asInt());
        assertEquals("safe", hidden.at("/0/fixes/0/class").asText(), "a glossary spelling fix is safe");

        JsonNode sarif = mapper.readTree(cli.run("docs", "--format", "sarif").out());
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals("inSource", result.at("/suppressions/0/kind").asText());
        assertEquals("quoted from a customer's letter", result.at("/suppressions/0/justification").asText());
        assertEquals("safe", result.at("/fixes/0/properties/class").asText());

        assertEquals(0, cli.run("baseline", "docs").code());
        Cli.Result withBaseline = cli.run("docs", "--baseline", ".contentlint-baseline.json");
        assertTrue(withBaseline.err().contains("; 0 hidden by the baseline"), withBaseline.toString());
        assertFalse(Files.readString(dir.resolve(".contentlint-baseline.json")).contains("rejected-term"),
                "what a comment hides is not the baseline's to accept");
    }
}
