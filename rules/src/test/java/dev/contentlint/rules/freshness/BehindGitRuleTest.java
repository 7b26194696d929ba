package dev.contentlint.rules.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code freshness/behind-git} against real git repositories whose commit dates are set by hand. */
class BehindGitRuleTest {
    private static final String ID = "freshness/behind-git";
    private static final Map<String, Object> SETTINGS = Map.of("today", "2026-11-26");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsGit() {
        Assumptions.assumeTrue(gitRuns(), "no git executable on the PATH: behind-git cannot be tested");
    }

    @Test
    void textChangedAfterTheDateIsReportedAtTheDate() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nVersion 2 adds search.\n", "2025-01-10T12:00:00+00:00");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nVersion 2 adds search and export.\n",
                "2025-03-01T09:00:00+00:00");

        List<Finding> findings = lint(page);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(3, f.location().line());
        assertEquals(15, f.location().column());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().startsWith("Last updated 2025-01-10, but commit "), f.message());
        assertTrue(f.message().endsWith(" changed the text on 2025-03-01 without updating the date."), f.message());
    }

    @Test
    void aCommitThatChangedOnlyTheDateLineIsNotAChange() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nVersion 2 adds search.\n", "2025-01-10T12:00:00+00:00");
        commit(repo, page, "# Notes\n\nLast updated: January 10, 2025\n\nVersion 2 adds search.\n",
                "2025-03-01T09:00:00+00:00");

        assertEquals(List.of(), lint(page));
    }

    @Test
    void aBumpedDateCoversTheCommitThatBumpedIt() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nVersion 2 adds search.\n", "2025-01-10T12:00:00+00:00");
        // Written on the 1st, committed two days later: the commit still set the date, so it is covered.
        commit(repo, page, "# Notes\n\nLast updated: 2025-03-01\n\nVersion 2 adds search and export.\n",
                "2025-03-03T09:00:00+00:00");

        assertEquals(List.of(), lint(page));
    }

    @Test
    void textChangedAfterABumpIsReportedWithTheNewestCommit() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "---\nlastmod: 2025-01-10\n---\n# Notes\n\nOne.\n", "2025-01-10T12:00:00+00:00");
        commit(repo, page, "---\nlastmod: 2025-02-01\n---\n# Notes\n\nOne. Two.\n", "2025-02-01T12:00:00+00:00");
        commit(repo, page, "---\nlastmod: 2025-02-01\n---\n# Notes\n\nOne. Two. Three.\n", "2025-04-15T12:00:00+00:00");
        commit(repo, page, "---\nlastmod: 2025-02-01\n---\n# Notes\n\nOne. Two. Three. Four.\n", "2025-05-20T12:00:00+00:00");

        List<Finding> findings = lint(page);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(2, findings.get(0).location().line());
        assertTrue(findings.get(0).message().contains(" changed the text on 2025-05-20 "), findings.get(0).message());
    }

    @Test
    void authorDateCountsNotCommitterDate() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nOne.\n", "2025-01-10T12:00:00+00:00");
        // Edited before the stated date, rebased (committed) long after it.
        write(page, "# Notes\n\nLast updated: 2025-01-10\n\nOne. Two.\n");
        git(repo, Map.of("GIT_AUTHOR_DATE", "2025-01-09T12:00:00+00:00", "GIT_COMMITTER_DATE", "2025-06-01T12:00:00+00:00"),
                "commit", "-q", "-am", "edit");

        assertEquals(List.of(), lint(page));
    }

    @Test
    void uncommittedAndUntrackedFilesAreNotReported() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nOne.\n", "2025-01-10T12:00:00+00:00");
        write(page, "# Notes\n\nLast updated: 2025-01-10\n\nOne. Two.\n");
        Path untracked = repo.resolve("new.md");
        write(untracked, "# New\n\nLast updated: 2025-01-10\n\nOne.\n");

        assertEquals(List.of(), lint(page));
        assertEquals(List.of(), lint(untracked));
    }

    @Test
    void aRepositoryWithoutCommitsHasNothingBehind() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = write(repo.resolve("page.md"), "# New\n\nLast updated: 2025-01-10\n\nOne.\n");

        assertEquals(List.of(), lint(page));
    }

    @Test
    void outsideGitOneNoteIsReportedForTheRun() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path a = write(plain.resolve("a.md"), "# A\n\nLast updated: 2025-01-10\n\nOne.\n");
        Path b = write(plain.resolve("b.md"), "# B\n\nLast updated: 2025-01-10\n\nTwo.\n");
        Assumptions.assumeFalse(gitRepository(plain), "the temporary directory is itself inside a git work tree");

        GitHistory git = new GitHistory("git", 30);
        GitHistory.Verdict verdict = git.check(a, LocalDate.of(2025, 1, 10), Set.of("2025-01-10"));
        assertInstanceOf(GitHistory.Unavailable.class, verdict);
        assertTrue(((GitHistory.Unavailable) verdict).reason().endsWith("is not in a git work tree"), verdict.toString());
        assertTrue(git.claimNote());
        assertEquals(false, git.claimNote());

        List<Finding> findings = RuleTester.forRule(ID).lintFiles(List.of(b, a), SETTINGS);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("a.md", findings.get(0).path(), "the note lands on the first file in path order");
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals(1, findings.get(0).location().line());
        assertTrue(findings.get(0).message().startsWith("freshness/behind-git skipped: "), findings.get(0).message());
    }

    @Test
    void aShallowCloneIsSkippedWithANote() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nOne.\n", "2025-01-10T12:00:00+00:00");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nOne. Two.\n", "2025-03-01T12:00:00+00:00");
        Path shallow = dir.resolve("shallow");
        git(dir, Map.of(), "clone", "-q", "--depth", "1", repo.toUri().toString(), shallow.toString());

        List<Finding> findings = lint(shallow.resolve("page.md"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("is a shallow clone"), findings.get(0).message());
        assertEquals(1, lint(page).size(), "the full repository is checked");
    }

    @Test
    void withoutAGitExecutableTheCheckIsUnavailable() throws Exception {
        Path repo = init(dir.resolve("repo"));
        Path page = repo.resolve("page.md");
        commit(repo, page, "# Notes\n\nLast updated: 2025-01-10\n\nOne.\n", "2025-01-10T12:00:00+00:00");

        GitHistory.Verdict verdict = new GitHistory(dir.resolve("no-such-git").toString(), 10)
                .check(page, LocalDate.of(2024, 1, 1), Set.of());
        assertInstanceOf(GitHistory.Unavailable.class, verdict);
        assertTrue(((GitHistory.Unavailable) verdict).reason().startsWith("no git executable"), verdict.toString());
    }

    @Test
    void pagesWithoutAStatedDateNeverAskGit() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path a = write(plain.resolve("a.md"), "# A\n\nPublished: 2025-01-10\n\nOne.\n");

        assertEquals(List.of(), lint(a));
    }

    private static List<Finding> lint(Path file) throws IOException {
        return RuleTester.forRule(ID).lintFiles(List.of(file), SETTINGS);
    }

    private static Path init(Path repo) throws Exception {
        Files.createDirectories(repo);
        git(repo, Map.of(), "init", "-q");
        git(repo, Map.of(), "config", "user.name", "Test Writer");
        git(repo, Map.of(), "config", "user.email", "writer@example.org");
        git(repo, Map.of(), "config", "commit.gpgsign", "false");
        return repo;
    }

    private static void commit(Path repo, Path file, String text, String date) throws Exception {
        write(file, text);
        git(repo, Map.of(), "add", repo.relativize(file).toString());
        git(repo, Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "commit", "-q", "-m", "edit " + date);
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String git(Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
        return out;
    }

    private static boolean gitRepository(Path dir) {
        try {
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "--git-dir")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean gitRuns() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
