package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    @Test
    void aStreamGetsUtf8TextAndStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputWriter.write(out, w -> w.write("Größe ✓\n"));
        OutputWriter.write(out, w -> w.write("again\n"));
        assertEquals("Größe ✓\nagain\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsWrittenWithItsFoldersAndNoTemporaryFileLeft() throws IOException {
        Path file = dir.resolve("reports/out/lint.json");
        OutputWriter.write(file, "reports/out/lint.json", w -> w.write("{}\n"));
        assertEquals("{}\n", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFolderIsNotReplaced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        UsageException e = assertThrows(UsageException.class, () -> OutputWriter.write(folder, "reports", w -> w.write("x")));
        assertEquals("cannot write reports: it is a folder; name a file", e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aFileWhereAFolderMustGoIsNamed() throws IOException {
        Files.writeString(dir.resolve("reports"), "not a folder");
        UsageException e = assertThrows(UsageException.class,
                () -> OutputWriter.write(dir.resolve("reports/lint.json"), "reports/lint.json", w -> w.write("x")));
        assertEquals("cannot write reports/lint.json: " + dir.resolve("reports") + " is a file, not a folder",
                e.getMessage());
    }

    @Test
    void aFailingBodyLeavesTheOldFileAndSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("lint.json"), "old");
        UsageException e = assertThrows(UsageException.class, () -> OutputWriter.write(file, "lint.json", w -> {
            w.write("half");
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write lint.json: No space left on device", e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aDeniedAccessIsSaidInWords() {
        assertEquals("permission denied on /r/lint.json", OutputWriter.reason(new AccessDeniedException("/r/lint.json")));
    }
}
