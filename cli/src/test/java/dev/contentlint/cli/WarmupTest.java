package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmupTest {
    @TempDir
    Path dir;

    @Test
    void backgroundRegistryHasTheBuiltInRules() {
        RuleRegistry registry = Warmup.start(dir).registry();
        assertTrue(registry.ids().contains("freshness/stale-date"), registry.ids().toString());
    }

    @Test
    void onlyCommandsThatNeedRulesAskForThem() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("guide.md"), CheckCommandTest.STALE_PAGE);
        AtomicInteger asked = new AtomicInteger();
        Supplier<RuleRegistry> counting = () -> {
            asked.incrementAndGet();
            return Warmup.load();
        };
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), dir, false, false);
        assertEquals(0, Main.run(new String[] {"--version"}, t, counting));
        assertEquals(0, Main.run(new String[] {"--help"}, t, counting));
        assertEquals(2, Main.run(new String[] {"--bogus"}, t, counting));
        assertEquals(0, asked.get(), "no rules loaded for version, help or usage errors");
        assertEquals(0, Main.run(new String[] {"guide.md", "--today", "2026-11-26"}, t, counting));
        assertEquals(1, asked.get());
    }
}
