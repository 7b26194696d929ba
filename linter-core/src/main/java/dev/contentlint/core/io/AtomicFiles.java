package dev.contentlint.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a half-written
 * file: the bytes go to a temporary file in the same folder, which is then moved over the target.
 *
 * <p>The file gets the permissions of an ordinary new file (as the umask leaves them), or keeps those of the
 * file it replaces. A write that fails, or a process that is stopped (SIGTERM, Ctrl-C) while it writes, leaves
 * no temporary file; one killed outright leaves one, which a later write to the same folder removes once it has
 * not changed for {@link #STALE_AFTER}.
 */
public final class AtomicFiles {
    /** Writes bytes to an output stream; may throw I/O errors. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * How long a temporary file of ours must have been left unchanged before a write next to it removes it: far
     * longer than any write takes, so another process's write in progress is never taken for an abandoned one.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    /** Our temporary files: {@code .NAME.} sixteen hex digits {@code .tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");
    /** The temporary files of writes in progress in this process, removed if it exits meanwhile. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Thread cleanup = new Thread(() -> {
            for (Path tmp : IN_PROGRESS) deleteQuietly(tmp);
        }, "contentlint-temporary-files");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // first used while the process exits: nothing of ours is in progress yet
        }
    }

    private AtomicFiles() {
    }

    /** Writes {@code target}, creating missing parent folders. */
    public static void write(Path target, Writer writer) throws IOException {
        writeAtomically(target, writer);
    }

    /**
     * Writes over the existing file {@code target} and keeps its permissions: the temporary file would otherwise
     * leave it readable by its owner only, and an executable script would lose its mode.
     */
    public static void replace(Path target, Writer writer) throws IOException {
        // Every write keeps the mode of the file it replaces; the name says what the caller means.
        writeAtomically(target, writer);
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStale(dir);
        Path tmp = createTemporary(absolute);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            }
            keepPermissions(absolute, tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_PROGRESS.remove(tmp);
        }
    }

    /** The name of a temporary file of ours for {@code target} (package-private for tests). */
    static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /**
     * A new empty temporary file beside {@code target}, created as an ordinary file is (no mode given, so the
     * umask decides) rather than with the owner-only mode of {@link Files#createTempFile}.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
            IN_PROGRESS.add(tmp);
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                IN_PROGRESS.remove(tmp);
                if (attempt > 100) throw e;
            } catch (IOException | RuntimeException e) {
                IN_PROGRESS.remove(tmp);
                throw e;
            }
        }
    }

    /** Gives {@code tmp} the permissions of {@code target} when that exists, so replacing a file keeps its mode. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (existing == null || !Files.isRegularFile(target)) return;
        try {
            Files.setPosixFilePermissions(tmp, existing.readAttributes().permissions());
        } catch (IOException e) {
            // gone meanwhile: the new file keeps the mode of a new file
        }
    }

    /** Removes temporary files of ours in {@code dir} that a killed process left behind. */
    private static void removeStale(Path dir) {
        long before = System.currentTimeMillis() - STALE_AFTER.toMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                if (!isTemporary(f.getFileName().toString()) || IN_PROGRESS.contains(f)) continue;
                try {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() < before)
                        Files.deleteIfExists(f);
                } catch (IOException e) {
                    // another process removed it first
                }
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only: the write itself will say what is wrong with the folder
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // exiting anyway
        }
    }
}
