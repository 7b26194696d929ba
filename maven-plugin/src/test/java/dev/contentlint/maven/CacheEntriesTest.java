package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheEntriesTest {
    @TempDir
    Path dir;

    @Test
    void countsEntriesTwoLevelsDownAndSkipsTemporaryFiles() throws IOException {
        assertEquals(0, CacheEntries.count(dir.resolve("missing")));
        Files.createDirectories(dir.resolve("ab"));
        Files.createDirectories(dir.resolve("cd"));
        Files.writeString(dir.resolve("ab/0123"), "x");
        Files.writeString(dir.resolve("ab/4567"), "x");
        Files.writeString(dir.resolve("cd/89ab"), "x");
        Files.writeString(dir.resolve("cd/.89ab.123.tmp"), "x");
        Files.writeString(dir.resolve("stray"), "x");
        assertEquals(3, CacheEntries.count(dir));
    }
}
