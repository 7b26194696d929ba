package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed-since REF}: only what a change brings is reported. */
class ChangedSinceTest {
    @TempDir
    Path dir;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void onlyFindingsOnChangedLinesAndInNewFilesAreReported() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve(".contentlint.yml"), "extends: recommended\nglossary: [terms.yml]\n");
        Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n    rejected: [e-mail]\n");
        Files.writeString(dir.resolve("page.md"), "# Page\n\nSend an e-mail.\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        Files.writeString(dir.resolve("page.md"), "# Page\n\nSend an e-mail.\n\nOr an e-mail to us.\n");
        Files.writeString(dir.resolve("draft.md"), "# Draft\n\nNo e-mail here.\n");
        Cli.Result r = new Cli(dir).run(".", "--changed-since", "HEAD");
        assertEquals(List.of("draft.md:3:4", "page.md:5:7"),
                r.out().lines().map(l -> l.substring(0, l.indexOf(": "))).toList(), r.toString());
        assertTrue(r.err().contains("2 on lines not changed since HEAD not shown"), "page.md:3 and the glossary entry: " + r);
    }

    @Test
    void outsideAGitCheckoutItIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("page.md"), "# Page\n\nText.\n");
        Cli.Result r = new Cli(dir).run(".", "--changed-since", "origin/main");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("needs a git checkout"), r.toString());
    }
}
