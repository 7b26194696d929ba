package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.frontend.UsageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private String report(Throwable t, Map<String, String> env) {
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), err, err, env, Path.of("."), false, false);
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            new ErrorReporter(terminal).report(t, w);
        }
        return text + errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void configErrorIsItsMessageOnly() {
        String out = report(new ConfigException(Path.of(".contentlint.yml"), 4, "rules.x", "unknown rule"), Map.of());
        assertEquals("contentlint: config error: .contentlint.yml:4: rules.x: unknown rule" + System.lineSeparator(), out);
    }

    @Test
    void wrappedInputErrorIsFound() {
        String out = report(new RuntimeException(new ExecutionException(new InputException("No such file: a.md"))), Map.of());
        assertEquals("contentlint: No such file: a.md" + System.lineSeparator(), out);
    }

    @Test
    void usageErrorFromCoreIsItsMessageOnly() {
        String out = report(new UsageException("cannot write out.json: permission denied"), Map.of());
        assertEquals("contentlint: cannot write out.json: permission denied" + System.lineSeparator(), out);
    }

    @Test
    void internalErrorIsOneLineAndAHint() {
        String out = report(new IllegalStateException("boom"), Map.of());
        assertTrue(out.startsWith("contentlint: internal error: java.lang.IllegalStateException: boom"), out);
        assertTrue(out.contains("CONTENTLINT_DEBUG=1"), out);
        assertFalse(out.contains("\tat "), out);
        assertEquals(2, out.lines().count(), out);
    }

    @Test
    void debugPrintsTheTraceWithCauses() {
        String out = report(new IllegalStateException("boom", new ArithmeticException("zero")),
                Map.of("CONTENTLINT_DEBUG", "1"));
        assertTrue(out.contains("\tat dev.contentlint.cli.ErrorReporterTest"), out);
        assertTrue(out.contains("Caused by: java.lang.ArithmeticException: zero"), out);
    }
}
