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

    @Test
    void withFormatJsonAConfigErrorIsAlsoAJsonObjectOnStandardOutput() {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), Path.of("."), false, false);
        try (PrintWriter w = new PrintWriter(new StringWriter())) {
            new ErrorReporter(terminal, true).report(new ConfigException(Path.of("a.yml"), 4, "rules.x", "unknown rule"), w);
        }
        assertEquals("""
                {
                  "version": 1,
                  "tool": {
                    "name": "contentlint",
                    "version": "%s"
                  },
                  "error": {
                    "kind": "config",
                    "message": "config error: a.yml:4: rules.x: unknown rule",
                    "file": "a.yml",
                    "line": 4
                  }
                }
                """.formatted(Version.get()), outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsAskedForByEverySpellingOfTheFormatOption() {
        for (String[] args : new String[][] {{"--format", "json"}, {"-f", "json"}, {"--format=json"}, {"-fjson"}, {"check", "-f", "json", "a.md"}})
            assertTrue(ErrorJson.requested(args), String.join(" ", args));
        for (String[] args : new String[][] {{"--format", "text"}, {"json"}, {"--", "--format", "json"}, {"--format"}})
            assertFalse(ErrorJson.requested(args), String.join(" ", args));
    }
}
