package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Deadline;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CoreSettings;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file over its time budget becomes a timeout finding, its work stops, and the run goes on. */
class TimeBudgetTest {
    @TempDir Path root;

    /** Spins on {@code slow.md} until its worker is interrupted, so only the budget can end it. */
    @RuleInfo(id = "test/spin", summary = "spins", severity = Severity.WARNING, category = Category.STYLE)
    static final class SpinRule implements Rule {
        final Set<Thread> stoppedWorkers = ConcurrentHashMap.newKeySet();
        final Set<String> finished = ConcurrentHashMap.newKeySet();

        @Override
        public void check(Document document, RuleContext context) {
            if (document.relativePath().equals("slow.md")) {
                while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
                stoppedWorkers.add(Thread.currentThread());
                context.report(dev.contentlint.core.document.Span.START, "should never be reported");
                return;
            }
            // The next file on the worker must not inherit the interrupt that ended the slow one.
            finished.add((Thread.currentThread().isInterrupted() ? "interrupted " : "") + document.relativePath());
            context.report(dev.contentlint.core.document.Span.START, "checked");
        }
    }

    @Test
    void aFileOverItsBudgetIsATimeoutAndTheWorkerGoesOnToTheNextFile() throws IOException {
        // The slow file is the larger, so it runs first on the one worker; the small ones follow on that worker.
        Files.writeString(root.resolve("slow.md"), "# Slow\n\n" + "words ".repeat(2000));
        Files.writeString(root.resolve("a.md"), "# A\n");
        Files.writeString(root.resolve("b.md"), "# B\n");
        SpinRule spin = new SpinRule();
        TestConfig config = new TestConfig(root).rule(spin).setting(CoreSettings.FILE_TIME_BUDGET.key(), Duration.ofMillis(300));
        RunResult r = new Engine(config, TestRules.registry(), EngineOptions.defaults(root).withJobs(1), List.of())
                .run(List.of(Input.of(".")));

        List<Finding> slow = r.findings().stream().filter(f -> f.path().equals("slow.md")).toList();
        assertEquals(1, slow.size(), slow.toString());
        assertEquals(InternalRules.TIMEOUT, slow.get(0).ruleId());
        assertEquals(Severity.ERROR, slow.get(0).severity());
        assertTrue(slow.get(0).message().contains("time budget of 300ms"), slow.get(0).message());
        assertTrue(slow.get(0).message().contains("Raise file-time-budget"), slow.get(0).message());
        // The spinning rule saw its interrupt and returned: no thread is left running it.
        assertEquals(1, spin.stoppedWorkers.size());
        assertEquals(Set.of("a.md", "b.md"), spin.finished, "the worker was free for the other files");
        assertEquals(2, r.findings().stream().filter(f -> f.message().equals("checked")).count());
    }

    @Test
    void parsersStopWhenTheirDeadlinePasses() {
        Deadline passed = new Deadline();
        passed.pass();
        byte[] md = "[a](".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        byte[] html = "<b><i><span><p>".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        assertThrows(Deadline.Exceeded.class, () -> Parsers.parse(Path.of("a.md"), "a.md", md, Format.MARKDOWN, passed));
        assertThrows(Deadline.Exceeded.class, () -> Parsers.parse(Path.of("a.html"), "a.html", html, Format.HTML, passed));
        // the same inputs parse to the end without a deadline
        assertTrue(Parsers.parse(Path.of("a.md"), "a.md", md, Format.MARKDOWN, new Deadline()).issues().isEmpty());
    }

    @Test
    void theBudgetGrowsWithEachTenMegabytesOfAFile() {
        TimeBudgets b = new TimeBudgets(Duration.ofSeconds(300));
        assertEquals(Duration.ofSeconds(300), b.budget(0));
        assertEquals(Duration.ofSeconds(300), b.budget(CoreSettings.BUDGET_STEP_BYTES));
        assertEquals(Duration.ofSeconds(600), b.budget(2 * CoreSettings.BUDGET_STEP_BYTES));
        assertFalse(new TimeBudgets(Duration.ZERO).enabled());
    }
}
