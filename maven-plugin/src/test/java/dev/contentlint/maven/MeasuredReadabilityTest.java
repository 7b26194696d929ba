package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.contentlint.core.engine.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredReadabilityTest {
    @TempDir Path base;

    @Test
    void measuresEachFileWithProseAndSkipsTheRest() throws IOException {
        Files.createDirectories(base.resolve("docs"));
        Files.writeString(base.resolve("docs/plain.md"), "# Start\n\nThe cat sat on the mat. The dog ran to the park.\n");
        Files.writeString(base.resolve("docs/code.md"), "```\nonly code here\n```\n");
        RunResult result = new RunResult(List.of(), List.of("docs/plain.md", "docs/code.md", "docs/gone.md"), List.of(),
                Duration.ZERO);
        ReadabilityTable table = new MeasuredReadability(base).table(result);
        assertFalse(table.isEmpty());
        assertEquals(MeasuredReadability.COLUMNS, table.columns());
        assertEquals(List.of("docs/plain.md"), List.copyOf(table.rows().keySet()));
        List<String> row = table.rows().get("docs/plain.md");
        assertEquals("13", row.get(2), "words: the heading and both sentences");
        assertEquals("4.3", row.get(3), "words per sentence: the heading is one");
        assertEquals("0%", row.get(4), "passive share");
    }
}
