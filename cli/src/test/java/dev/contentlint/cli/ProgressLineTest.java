package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quietDuringTheFirstSecond() {
        ProgressLine line = new ProgressLine(err, System.nanoTime());
        line.filesDone(1, 10);
        line.clear();
        assertEquals("", printed());
    }

    @Test
    void longRunsRewriteOneLineAndEraseIt() {
        ProgressLine line = new ProgressLine(err, System.nanoTime() - 2_000_000_000L);
        line.filesDone(120, 2700);
        line.filesDone(2700, 2700);
        line.clear();
        assertEquals("\r[120/2700] files\r[2700/2700] files\r" + " ".repeat("[2700/2700] files".length()) + "\r", printed());
    }
}
