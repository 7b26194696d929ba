package dev.contentlint.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the entries of a run cache folder. The engine writes one entry per file it had to lint, so the
 * entries a run adds are its cache misses and the rest of its files were read from the cache.
 */
final class CacheEntries {
    private CacheEntries() {}

    /** Entries under {@code directory} (two levels deep, as the run cache lays them out); 0 when it is missing. */
    static int count(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) return 0;
        int n = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory)) {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) continue;
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path e : entries) if (!e.getFileName().toString().startsWith(".")) n++;
                }
            }
        } catch (IOException e) {
            return 0; // the count only feeds a log line
        }
        return n;
    }
}
