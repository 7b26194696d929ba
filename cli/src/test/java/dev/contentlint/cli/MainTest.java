package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void checkIsTheDefaultCommand() {
        assertArrayEquals(new String[] {"check"}, Main.withDefaultCommand(new String[0]));
        assertArrayEquals(new String[] {"check", "docs", "-f", "json"}, Main.withDefaultCommand(new String[] {"docs", "-f", "json"}));
        assertArrayEquals(new String[] {"check", "--version"}, Main.withDefaultCommand(new String[] {"--version"}));
        assertArrayEquals(new String[] {"rules", "x"}, Main.withDefaultCommand(new String[] {"rules", "x"}));
        assertArrayEquals(new String[] {"check", "docs"}, Main.withDefaultCommand(new String[] {"check", "docs"}));
    }
}
