package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contentlint terms}: candidate glossary terms with counts and first locations, as text and JSON. */
class TermsCommandTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nglossary: [glossary.yml]\n");
        Files.writeString(dir.resolve("glossary.yml"), "terms:\n  - term: escrow\n  - term: Loan Estimate\n    abbreviation: LE\n");
        Files.writeString(dir.resolve("a.md"), "# A\n\nThe Closing Disclosure lists the CBT fees. Read the PDF.\n\n"
                + "Compare the Loan Estimate with the Closing Disclosure, and the LE with the escrow.\n");
        Files.writeString(dir.resolve("b.md"), "# B\n\nAsk about the Closing Disclosure and `XYZ` in code.\n");
    }

    @Test
    void listsAcronymsAndRecurringPhrasesTheGlossaryLacks() {
        Cli.Result r = cli.run("terms", ".");
        assertEquals(0, r.code(), r.toString());
        assertEquals("""
                a.md:3:5: phrase "Closing Disclosure": 3 uses in 2 files
                a.md:3:34: acronym "CBT": 1 use in 1 file
                2 candidate terms in 2 files
                """, r.out(), r.toString());
    }

    @Test
    void jsonCarriesTheSameFacts() {
        Cli.Result r = cli.run("terms", "--format", "json", "--min-count", "4", "a.md", "b.md");
        assertEquals(0, r.code(), r.toString());
        String compact = r.out().replaceAll("\\s+", "");
        assertEquals("{\"files\":2,\"candidates\":[{\"term\":\"CBT\",\"kind\":\"acronym\",\"count\":1,\"files\":1,"
                + "\"first\":{\"path\":\"a.md\",\"line\":3,\"column\":34}}]}", compact, r.toString());
    }

    @Test
    void aBadFormatIsAUsageError() {
        Cli.Result r = cli.run("terms", "--format", "xml", ".");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("use text or json"), r.toString());
    }
}
