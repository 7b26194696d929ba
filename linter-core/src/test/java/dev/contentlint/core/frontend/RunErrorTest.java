package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RuleFailureException;
import dev.contentlint.core.rule.ConfigException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class RunErrorTest {
    @Test
    void aConfigErrorIsTheUsersAndSaysConfigError() {
        ConfigException cause = new ConfigException(Path.of(".contentlint.yml"), 4, "rules.x", "unknown rule");
        RunError e = RunError.of(cause);
        assertEquals(RunError.Kind.CONFIG, e.kind());
        assertEquals("config error: .contentlint.yml:4: rules.x: unknown rule", e.message());
        assertSame(cause, e.cause());
        assertTrue(e.isUserError());
    }

    @Test
    void anInputErrorIsFoundThroughWrapping() {
        InputException cause = new InputException("No such file or directory: a.md");
        RunError e = RunError.of(new RuntimeException(new ExecutionException(cause)));
        assertEquals(RunError.Kind.INPUT, e.kind());
        assertEquals("No such file or directory: a.md", e.message());
        assertSame(cause, e.cause());
    }

    @Test
    void aUsageErrorIsItsMessage() {
        RunError e = RunError.of(new UsageException("cannot write out: it is a folder; name a file"));
        assertEquals(RunError.Kind.USAGE, e.kind());
        assertEquals("cannot write out: it is a folder; name a file", e.message());
        assertTrue(e.isUserError());
    }

    @Test
    void aConfigErrorWinsOverTheWrapperItCameIn() {
        UsageException outer = new UsageException("outer");
        outer.initCause(new ConfigException(null, 0, "glossary", "bad pattern"));
        RunError e = RunError.of(outer);
        assertEquals(RunError.Kind.CONFIG, e.kind());
    }

    @Test
    void runningOutOfMemoryIsAdviceNotABug() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        RunError e = RunError.of(new java.util.concurrent.ExecutionException(oom));
        assertEquals(RunError.Kind.MEMORY, e.kind());
        assertSame(oom, e.cause());
        assertTrue(e.isUserError(), "no stack trace: the heap is the user's to size");
        assertTrue(e.message().startsWith("out of memory (a heap of "), e.message());
        assertTrue(e.message().contains("CONTENTLINT_OPTS=-Xmx4g") && e.message().contains("--jobs 1")
                && e.message().contains("max-file-size"), e.message());
    }

    @Test
    void anythingElseIsInternalAndNamesTheException() {
        IllegalStateException bug = new IllegalStateException("boom");
        RunError e = RunError.of(bug);
        assertEquals(RunError.Kind.INTERNAL, e.kind());
        assertEquals("internal error: java.lang.IllegalStateException: boom", e.message());
        assertSame(bug, e.cause());
        assertFalse(e.isUserError());
    }

    @Test
    void aFailedRuleIsInternalAndNamesRuleAndFile() {
        RuleFailureException failure = new RuleFailureException("freshness/stale-date", "docs/a.md",
                new NullPointerException("no date"));
        RunError e = RunError.of(new RuntimeException(failure));
        assertEquals(RunError.Kind.INTERNAL, e.kind());
        assertEquals("internal error: freshness/stale-date failed on docs/a.md: java.lang.NullPointerException: no date",
                e.message());
        assertSame(failure, e.cause());
    }
}
