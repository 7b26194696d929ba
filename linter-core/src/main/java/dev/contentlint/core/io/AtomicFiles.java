package dev.contentlint.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a half-written
 * file: the bytes go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
    /** Writes bytes to an output stream; may throw I/O errors. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target}, creating missing parent folders. */
    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, false);
    }

    /**
     * Writes over the existing file {@code target} and keeps its permissions: the temporary file would otherwise
     * leave it readable by its owner only, and an executable script would lose its mode.
     */
    public static void replace(Path target, Writer writer) throws IOException {
        write(target, writer, true);
    }

    private static void write(Path target, Writer writer, boolean keepMode) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            if (keepMode && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class))
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
