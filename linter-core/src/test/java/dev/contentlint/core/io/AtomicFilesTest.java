package dev.contentlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written whole get the mode of an ordinary new file under any umask, or keep the mode of the file they
 * replace; a write that fails or a process stopped mid-write leaves no temporary file, and one that a killed
 * process left is removed by a later write beside it.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** Writes a file through {@link AtomicFiles} in a process of its own: {@code write TARGET} or {@code hang TARGET}. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Path target = Path.of(args[1]);
            AtomicFiles.write(target, out -> {
                out.write("half a report".getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (args[0].equals("hang")) {
                    Files.writeString(target.resolveSibling("writing"), "");
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }

    private static ProcessBuilder child(String umask, String action, Path target) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh", java, "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), action, target.toString())
                .redirectErrorStream(true);
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileHasTheModeTheUmaskGivesAnOrdinaryFile() throws Exception {
        assumePosix();
        for (String[] c : new String[][] {{"022", "rw-r--r--"}, {"002", "rw-rw-r--"}, {"027", "rw-r-----"}, {"077", "rw-------"}}) {
            Path target = dir.resolve("report-" + c[0] + ".json");
            Process p = child(c[0], "write", target).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            assertEquals("half a report", Files.readString(target));
            assertEquals(c[1], mode(target), "umask " + c[0]);
        }
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        AtomicFiles.write(dir.resolve("here.json"), out -> out.write(1));
        assertEquals(mode(ordinary), mode(dir.resolve("here.json")), "as this process creates a file");
    }

    @Test
    void replacingAFileKeepsItsMode() throws Exception {
        assumePosix();
        Path target = Files.writeString(dir.resolve("report.sarif"), "old");
        for (String m : List.of("rw-------", "rw-rw-rw-", "r--r-----", "rwxr-x---")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(m));
            AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            assertEquals("new", Files.readString(target));
            assertEquals(m, mode(target));
        }
    }

    @Test
    void aWriteThatFailsLeavesNoTemporaryFileAndTheOldContent() throws Exception {
        Path target = Files.writeString(dir.resolve("report.xml"), "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a bug in a formatter");
        }));
        assertEquals(List.of("report.xml"), names());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void aProcessStoppedWhileItWritesLeavesNoTemporaryFile() throws Exception {
        assumePosix();
        Path target = dir.resolve("report.json");
        Process p = child("022", "hang", target).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            for (int i = 0; i < 1200 && !Files.exists(dir.resolve("writing")) && p.isAlive(); i++) Thread.sleep(50);
            assertTrue(Files.exists(dir.resolve("writing")), "the child is writing");
            assertTrue(names().stream().anyMatch(AtomicFiles::isTemporary), "its temporary file is there: " + names());
        } finally {
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(List.of("writing"), names(), "no temporary file and no half report");
    }

    @Test
    void aWriteRemovesTheTemporaryFilesAKilledProcessLeftButNoOthers() throws Exception {
        Path stale = Files.writeString(dir.resolve(".report.json.0123456789abcdef.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        Path inProgressElsewhere = Files.writeString(dir.resolve(".other.json.fedcba9876543210.tmp"), "being written");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "mine");
        Path notOursEither = Files.writeString(dir.resolve(".notes.tmp"), "mine");
        for (Path p : List.of(notOurs, notOursEither))
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        AtomicFiles.write(dir.resolve("report.json"), out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.exists(stale), "left by a killed process: removed");
        assertTrue(Files.exists(inProgressElsewhere), "recent: perhaps another process's write");
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(notOursEither));
        assertEquals("{}", Files.readString(dir.resolve("report.json")));
        assertTrue(AtomicFiles.isTemporary(".report.json.0123456789abcdef.tmp"));
        assertFalse(AtomicFiles.isTemporary(".report.json.tmp"));
    }
}
