package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.core.document.Format;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read; a named pipe or a folder that cannot be listed is a finding, not a hang or a gap. */
class UnreadableInputTest {
    @TempDir Path root;

    private final RuleRegistry registry = TestRules.registry();
    private static final TestRules.BadWordRule.Options BAD = new TestRules.BadWordRule.Options("bad");

    private EngineOptions options() {
        return new EngineOptions(root, 1, true, false, LocalDate.of(2026, 1, 1), null, ProgressListener.NONE);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.path() + ":" + f.location().line() + ":" + f.location().column() + " "
                + f.ruleId() + " " + f.message()).toList();
    }

    /** Reading a pipe no one writes to blocks for ever; the timeout only turns such a hang into a failure. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeOnTheCommandLineIsAFindingAndIsNotOpened() throws Exception {
        Path fifo = root.resolve("pipe.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system to make a named pipe: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a named pipe in " + root);
        Files.writeString(root.resolve("a.md"), "bad\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        RunResult r = new Engine(config, registry, options()).run(List.of(Input.of("pipe.md"), Input.of("a.md")));
        assertEquals(List.of("a.md:1:1 test/bad-word Avoid 'bad'",
                "pipe.md:1:1 contentlint/unreadable Cannot read the file: it is a named pipe, socket or device,"
                        + " not a regular file. Name regular files only."), describe(r.findings()));
    }

    /** Tests may run as root, who can list any folder, so the walker is given a lister that refuses one. */
    @Test
    void aFolderThatCannotBeListedIsReturnedWithTheReason() throws IOException {
        Files.createDirectories(root.resolve("docs/private"));
        Files.writeString(root.resolve("docs/a.md"), "text\n");
        Files.writeString(root.resolve("docs/private/b.md"), "text\n");
        FileWalker.Lister refusing = dir -> {
            if (dir.endsWith("private")) throw new AccessDeniedException(dir.toString());
            return FileWalker.Lister.DEFAULT.list(dir);
        };
        List<SourceFile> files = new FileWalker(new TestConfig(root), root, refusing).walk(List.of("docs"));
        List<String> described = new ArrayList<>();
        for (SourceFile f : files) described.add(f.relativePath() + " " + f.unlisted());
        assertEquals(List.of("docs/a.md null", "docs/private permission denied"), described);
    }

    @Test
    void aFolderThatCannotBeListedBecomesAnUnreadableFinding() {
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        Run run = new Run(config, registry, options(), LocalDate.of(2026, 1, 1), null, new TestParser());
        FileLinter.Result result = new FileLinter(run)
                .lint(new SourceFile(root.resolve("docs/private"), "docs/private", Format.TEXT, "permission denied"), "docs/private");
        assertEquals(List.of("docs/private:1:1 contentlint/unreadable Cannot read the folder: permission denied, so its"
                + " files were not checked. Make it readable or exclude it."), describe(result.findings()));
    }
}
