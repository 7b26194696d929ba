package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contentlint dictionary}: the unknown words, most used first, as a word list the config reads. */
@Tag("slow")
class DictionaryCommandTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\n");
        // Slips from words the pages write (Prometheus) or common words (received), so the check reports them.
        Files.writeString(dir.resolve("a.md"), "# A\n\nThe promethus and the Promethus (a name inside a sentence) feed the"
                + " recieved jobs, as Prometheus did.\n\nRun `frobnicator` to start the frobnicator.\n");
        Files.writeString(dir.resolve("b.md"), "# B\n\nThe promethus's queue is long.\n");
    }

    @Test
    void writesTheUnknownWordsMostUsedFirstAndTheCheckThenStartsClean() throws IOException {
        Cli.Result r = cli.run("dictionary", ".");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Wrote 2 words from 2 files to dictionary.txt."), r.toString());
        String list = Files.readString(dir.resolve("dictionary.txt"));
        assertEquals("""
                promethus  # 2 uses in 2 files
                recieved   # 1 use in 1 file
                """, list.replaceAll("(?m)^#.*\\n", ""), list);
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\ndictionary: [dictionary.txt]\n"
                + "rules:\n  spelling/misspelling: warning\n");
        Cli.Result check = cli.run("check", "--format", "json", ".");
        assertEquals(0, check.code(), check.toString());
        assertTrue(!check.out().contains("spelling/misspelling"), check.toString());
    }

    @Test
    void anExistingListIsReplacedOnlyWithForce() throws IOException {
        Files.writeString(dir.resolve("words.txt"), "mine\n");
        Cli.Result r = cli.run("dictionary", "--output", "words.txt", ".");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("words.txt already exists") && r.err().contains("--force"), r.toString());
        assertEquals("mine\n", Files.readString(dir.resolve("words.txt")));
        Cli.Result forced = cli.run("dictionary", "--output", "words.txt", "--force", "--min-count", "2", ".");
        assertEquals(0, forced.code(), forced.toString());
        assertTrue(Files.readString(dir.resolve("words.txt")).startsWith("# Words the spelling check did not know in"),
                forced.toString());
        assertTrue(!Files.readString(dir.resolve("words.txt")).contains("recieved"), "used once, under --min-count 2");
    }
}
