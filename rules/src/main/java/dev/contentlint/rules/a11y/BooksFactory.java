package dev.contentlint.rules.a11y;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import dev.contentlint.core.rule.ServiceFactory;

/** Creates the run's {@link Books}; it looks for book markers only when a rule asks about a page. */
public final class BooksFactory implements ServiceFactory<Books> {
    /** How deep below the run's folder markers are looked for to fingerprint the run; books sit near the top. */
    static final int FINGERPRINT_DEPTH = 4;

    @Override
    public Class<Books> type() {
        return Books.class;
    }

    @Override
    public Books create(ServiceSettings settings) {
        return new Books();
    }

    /**
     * The book markers above the run's folder and near the top of it: adding or removing a {@code book.toml}
     * or {@code SUMMARY.md} changes which pages are sub-pages of a book, so cached findings must be forgotten.
     */
    @Override
    public String fingerprint(ServiceSettings settings) {
        Path run = settings.runDirectory();
        if (run == null) return "";
        Set<String> found = new TreeSet<>();
        for (Path d = run.toAbsolutePath().normalize(); d != null; d = d.getParent())
            if (Books.holdsMarker(d)) found.add(d.toString());
        try {
            Files.walkFileTree(run, EnumSet.noneOf(java.nio.file.FileVisitOption.class), FINGERPRINT_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            return !dir.equals(run) && (name.startsWith(".") || name.equals("node_modules"))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (Books.MARKERS.contains(file.getFileName().toString())) found.add(file.toString());
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            return "unreadable";
        }
        return found.isEmpty() ? "" : String.join("\n", found);
    }
}
