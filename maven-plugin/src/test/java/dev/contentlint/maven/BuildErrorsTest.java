package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.rule.ConfigException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;

class BuildErrorsTest {
    /** Every call to the log, as "method: message" or "method: message, throwable". */
    private final List<String> logged = new ArrayList<>();
    private final List<Throwable> traces = new ArrayList<>();

    private final Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
            (proxy, method, args) -> {
                if (method.getName().startsWith("is")) return true;
                logged.add(method.getName() + ": " + (args == null ? "" : args[0]));
                if (args != null && args.length == 2) traces.add((Throwable) args[1]);
                return null;
            });

    @Test
    void userErrorsAreTheirMessageWithoutCauseOrLog() {
        MojoExecutionException config = BuildErrors.of(
                new ConfigException(Path.of(".contentlint.yml"), 2, "rules", "unknown rule"), log);
        assertEquals("contentlint: config error: .contentlint.yml:2: rules: unknown rule", config.getMessage());
        assertNull(config.getCause());
        assertEquals("contentlint: No files match 'docs/*.md'",
                BuildErrors.of(new InputException("No files match 'docs/*.md'"), log).getMessage());
        assertEquals("contentlint: maxAllowedViolations must be 0 or more, not -1",
                BuildErrors.of(new UsageException("maxAllowedViolations must be 0 or more, not -1"), log).getMessage());
        assertEquals(List.of(), logged);
    }

    @Test
    void aBugKeepsItsCauseAndPutsTheTraceInTheLog() {
        IllegalStateException bug = new IllegalStateException("boom");
        MojoExecutionException e = BuildErrors.of(bug, log);
        assertEquals("contentlint: internal error: java.lang.IllegalStateException: boom", e.getMessage());
        assertSame(bug, e.getCause());
        assertEquals(List.of("error: contentlint: internal error: java.lang.IllegalStateException: boom"), logged);
        assertEquals(List.of(bug), traces);
    }

    @Test
    void theReportGoalsGetTheSameMessages() {
        MavenReportException user = BuildErrors.ofReport(new UsageException("today must be a date"), log);
        assertEquals("contentlint: today must be a date", user.getMessage());
        assertNull(user.getCause());
        MavenReportException bug = BuildErrors.ofReport(new IllegalStateException("boom"), log);
        assertEquals("contentlint: internal error: java.lang.IllegalStateException: boom", bug.getMessage());
        assertEquals(IllegalStateException.class, bug.getCause().getCause().getClass());
    }
}
