package dev.contentlint.core.fix;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What fixing gave: the files whose text changed, the passes it took, and the files whose fixes still applied
 * after the last pass.
 *
 * @param files       the changed files, by path
 * @param passes      passes that changed a text
 * @param unconverged files that still had fixes to apply when the passes ran out
 * @param before      the run over the files as they were, before any fix: what remains when nothing changed
 */
public record FixOutcome(List<FixedFile> files, int passes, List<String> unconverged, RunResult before) {
    public FixOutcome {
        files = List.copyOf(files);
        unconverged = List.copyOf(unconverged);
    }

    /**
     * One changed file.
     *
     * @param path     as findings name it
     * @param file     where it is on disk; null for a buffer
     * @param before   its text as read
     * @param after    its fixed text
     * @param bytes    the fixed text encoded as the file was, byte order mark included
     * @param fixes    fixes applied over all passes
     */
    public record FixedFile(String path, Path file, String before, String after, byte[] bytes, int fixes) {
        public FixedFile {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Fixes applied in all files. */
    public int fixes() {
        return files.stream().mapToInt(FixedFile::fixes).sum();
    }

    /** Writes every changed file atomically, keeping its permissions; buffers stay in memory. */
    public void write() throws IOException {
        for (FixedFile f : files) if (f.file() != null) AtomicFiles.replace(f.file(), out -> out.write(f.bytes));
    }

    /** The changes as a unified diff, file by file, empty when nothing changed. */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        for (FixedFile f : files) sb.append(UnifiedDiff.of(f.path(), f.before(), f.after()));
        return sb.toString();
    }
}
