package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorPolicyTest {
    private static Terminal terminal(boolean tty, Map<String, String> env) {
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        return new Terminal(new ByteArrayInputStream(new byte[0]), sink, sink, env, Path.of("."), tty, tty);
    }

    @Test
    void terminalGetsColour() {
        assertTrue(ColorPolicy.useColor(null, terminal(true, Map.of())));
        assertFalse(ColorPolicy.useColor(null, terminal(false, Map.of())));
    }

    @Test
    void noColorWithAnyNonEmptyValueTurnsItOff() {
        assertFalse(ColorPolicy.useColor(null, terminal(true, Map.of("NO_COLOR", "1"))));
        assertFalse(ColorPolicy.useColor(null, terminal(true, Map.of("NO_COLOR", "false"))));
        assertTrue(ColorPolicy.useColor(null, terminal(true, Map.of("NO_COLOR", ""))), "empty means unset");
    }

    @Test
    void dumbTerminalGetsNoColour() {
        assertFalse(ColorPolicy.useColor(null, terminal(true, Map.of("TERM", "dumb"))));
    }

    @Test
    void flagsBeatTheEnvironment() {
        assertTrue(ColorPolicy.useColor(Boolean.TRUE, terminal(false, Map.of("NO_COLOR", "1"))));
        assertFalse(ColorPolicy.useColor(Boolean.FALSE, terminal(true, Map.of())));
    }
}
