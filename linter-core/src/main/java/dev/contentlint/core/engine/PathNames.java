package dev.contentlint.core.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/** How findings name files: relative to a base directory, with {@code /} separators and no {@code ./}. */
final class PathNames {
    private PathNames() {}

    /**
     * {@code file} relative to {@code base}; a file outside {@code base} gets {@code ../} segments, and one on
     * another root (another drive) stays absolute.
     */
    static String relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!Objects.equals(b.getRoot(), f.getRoot())) return slashes(f.toString());
        String rel = slashes(b.relativize(f).toString());
        return rel.isEmpty() ? "." : rel;
    }

    /** Like {@link #relative} for paths already absolute and normalized: the walker's hot path. */
    static String relativeNormalized(Path base, Path file) {
        if (!Objects.equals(base.getRoot(), file.getRoot())) return slashes(file.toString());
        String rel = slashes(base.relativize(file).toString());
        return rel.isEmpty() ? "." : rel;
    }

    static String slashes(String s) {
        return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
    }

    static boolean isOutside(String relative) {
        return relative.equals("..") || relative.startsWith("../") || relative.startsWith("/");
    }
}
