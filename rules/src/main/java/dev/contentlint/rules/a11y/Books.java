package dev.contentlint.rules.a11y;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows which pages belong to a book built by mdBook: a folder up the tree holds the book's {@code book.toml}
 * or its table of contents, {@code SUMMARY.md}. The book shows each chapter's title from the table of
 * contents, so its sub-pages start at {@code ##} by convention.
 */
public final class Books {
    /** The files that make a folder the root or source folder of a book. */
    static final List<String> MARKERS = List.of("book.toml", "SUMMARY.md");

    /** Per folder: whether it or a folder above it holds a marker. Folders are few and shared by many pages. */
    private final Map<Path, Boolean> inBook = new ConcurrentHashMap<>();

    /** Whether the file lies in a book's folder tree; false for a file with no path (standard input). */
    public boolean contains(Path file) {
        if (file == null) return false;
        Path dir = file.toAbsolutePath().normalize().getParent();
        List<Path> unknown = new ArrayList<>();
        boolean found = false;
        for (Path d = dir; d != null; d = d.getParent()) {
            Boolean known = inBook.get(d);
            if (known != null) { found = known; break; }
            unknown.add(d);
            if (holdsMarker(d)) { found = true; break; }
        }
        // Every folder walked has the answer of the first one that knew it, or of the marker found.
        for (Path d : unknown) inBook.put(d, found);
        return found;
    }

    static boolean holdsMarker(Path dir) {
        for (String marker : MARKERS) if (Files.isRegularFile(dir.resolve(marker))) return true;
        return false;
    }
}
