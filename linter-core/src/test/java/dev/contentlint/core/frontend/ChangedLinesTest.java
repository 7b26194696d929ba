package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedLinesTest {
    @TempDir Path dir;

    @Test
    void parsesAddedRangesAndIgnoresDeletions() {
        Map<String, BitSet> m = ChangedLines.parse("""
                diff --git a/docs/a.md b/docs/a.md
                --- a/docs/a.md
                +++ b/docs/a.md
                @@ -3 +3 @@ x
                -old
                +new
                @@ -10,2 +9,0 @@
                -gone
                -gone
                @@ -20,0 +20,3 @@
                +a
                +b
                +c
                diff --git a/old.md b/old.md
                --- a/old.md
                +++ /dev/null
                @@ -1 +0,0 @@
                -bye
                diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"
                --- "a/caf\\303\\251.md"
                +++ "b/caf\\303\\251.md"
                @@ -1 +1 @@
                """);
        assertEquals("{3, 20, 21, 22}", m.get("docs/a.md").toString());
        assertFalse(m.containsKey("old.md"));
        assertEquals("{1}", m.get("café.md").toString());
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    }

    @Test
    void changedLinesSinceARevisionAndUntrackedFilesAsNew() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.md"), "one\ntwo\nthree\n");
        Files.writeString(dir.resolve("same.md"), "same\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        Files.writeString(dir.resolve("a.md"), "one\nTWO\nthree\nfour\n");
        Files.writeString(dir.resolve("new.md"), "fresh\n");
        ChangedLines c = ChangedLines.since(dir, "HEAD");
        assertFalse(c.covers(dir.resolve("a.md"), new Location(1, 1, 1, 4)));
        assertTrue(c.covers(dir.resolve("a.md"), new Location(2, 1, 2, 4)));
        assertTrue(c.covers(dir.resolve("a.md"), new Location(4, 1, 4, 5)));
        assertTrue(c.covers(dir.resolve("a.md"), Location.FILE_START), "a whole-file finding of a changed file");
        assertFalse(c.covers(dir.resolve("same.md"), Location.FILE_START));
        assertTrue(c.covers(dir.resolve("new.md"), new Location(1, 1, 1, 2)), "untracked files are new");
    }

    @Test
    void anUnknownRevisionIsAUsageErrorThatSaysWhatToDo() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.md"), "one\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        UsageException e = assertThrows(UsageException.class, () -> ChangedLines.since(dir, "origin/nope"));
        assertTrue(e.getMessage().contains("'origin/nope' is not a commit"), e.getMessage());
    }

    @Test
    void aShallowCloneWithoutTheRevisionSaysToFetchIt() throws Exception {
        Path origin = dir.resolve("origin");
        Files.createDirectories(origin);
        Path clone = dir.resolve("clone");
        run(origin, "git", "init", "-q");
        for (int i = 0; i < 2; i++) {
            Files.writeString(origin.resolve("a.md"), "v" + i + "\n");
            run(origin, "git", "add", ".");
            run(origin, "git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                    "commit", "-q", "-m", "c" + i);
        }
        run(dir, "git", "clone", "-q", "--depth", "1", "file://" + origin, clone.toString());
        UsageException e = assertThrows(UsageException.class, () -> ChangedLines.since(clone, "HEAD~1"));
        assertTrue(e.getMessage().contains("shallow clone"), e.getMessage());
    }

    private static void run(Path where, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(where.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + out);
    }
}
