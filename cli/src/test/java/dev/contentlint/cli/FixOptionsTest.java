package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}, {@code --fix-dry-run} and {@code --unsafe-fixes}. */
class FixOptionsTest {
    static final String PAGE = """
            # Rates

            Send us an e-mail in order to ask about the rate.

            Run `e-mail --in order to` to test it.
            """;
    static final String FIXED = """
            # Rates

            Send us an email to ask about the rate.

            Run `e-mail --in order to` to test it.
            """;

    @TempDir
    Path dir;
    Cli cli;
    Path page;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), "extends: recommended\nglossary: [terms.yml]\n");
        Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n    rejected: [e-mail]\n");
        page = dir.resolve("docs/rates.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        cli = new Cli(dir);
    }

    @Test
    void fixWritesTheSafeFixesAndReportsWhatRemains() throws IOException {
        Cli.Result r = cli.run("docs", "--fix");
        assertEquals(FIXED, Files.readString(page));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("Fixed 2 problems in 1 file"), r.toString());
        assertTrue(r.err().contains("No problems found"), "nothing remains: " + r);
        Cli.Result again = cli.run("docs", "--fix");
        assertEquals(FIXED, Files.readString(page));
        assertTrue(again.err().contains("No fixes to apply"), again.toString());
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws IOException {
        Cli.Result r = cli.run("docs", "--diff");
        assertEquals(1, r.code(), "changes pending: " + r);
        assertEquals(PAGE, Files.readString(page));
        assertEquals("""
                --- a/docs/rates.md
                +++ b/docs/rates.md
                @@ -1,5 +1,5 @@
                 # Rates
                \s
                -Send us an e-mail in order to ask about the rate.
                +Send us an email to ask about the rate.
                \s
                 Run `e-mail --in order to` to test it.
                """, r.out());
        assertTrue(r.err().contains("Would fix 2 problems in 1 file"), r.toString());
        assertEquals(r.out(), cli.run("docs", "--fix-dry-run").out());
    }

    @Test
    void contradictoryOrMisplacedOptionsAreUsageErrors() {
        Cli.Result unsafeAlone = cli.run("docs", "--unsafe-fixes");
        assertEquals(2, unsafeAlone.code());
        assertTrue(unsafeAlone.err().contains("add one of them"), unsafeAlone.toString());
        assertEquals(2, cli.run("docs", "--fix", "--diff").code());
        Cli.Result stdin = cli.run("-", "--fix");
        assertEquals(2, stdin.code());
        assertFalse(stdin.err().contains("Exception"), stdin.toString());
    }
}
