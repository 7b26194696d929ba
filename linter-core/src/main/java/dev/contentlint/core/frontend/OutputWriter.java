package dev.contentlint.core.frontend;

import dev.contentlint.core.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report as UTF-8 text: to a stream such as standard output, or to a file that readers see either
 * whole or not at all (parent folders are created). A file that cannot be written is a {@link UsageException}
 * naming it and the reason.
 */
public final class OutputWriter {
    /** Writes a report's text. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private OutputWriter() {
    }

    /** Writes {@code body} to {@code out}, flushing but not closing it. */
    public static void write(OutputStream out, Body body) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        body.writeTo(w);
        w.flush();
    }

    /**
     * Writes {@code body} to {@code file}, replacing it at once.
     *
     * @param shown the file as the user wrote it, for the message
     * @throws UsageException when {@code file} is a folder or cannot be written
     */
    public static void write(Path file, String shown, Body body) {
        // A move would replace an empty folder with the report; name the problem instead.
        if (Files.isDirectory(file)) throw new UsageException("cannot write " + shown + ": it is a folder; name a file");
        try {
            AtomicFiles.write(file, out -> write(out, body));
        } catch (IOException e) {
            throw new UsageException("cannot write " + shown + ": " + reason(e));
        }
    }

    /** What went wrong, in words: the file system's exceptions often carry only a path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied" + (a.getFile() == null ? "" : " on " + a.getFile());
        // Creating the parent folders met a file where a folder must go.
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) return f.getFile() + " is a file, not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null)
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
