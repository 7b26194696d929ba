package dev.contentlint.core.engine;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FormatMap;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.document.Format;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Turns command-line paths and globs into the files to lint.
 *
 * <ul>
 * <li>A file is linted as named, whatever {@code include}/{@code exclude} say: Markdown, HTML or text as the
 *     first {@code files.formats} glob it matches says, else by its extension, and text when the extension is
 *     unknown (the user asked for it).</li>
 * <li>A directory is walked: a file is linted when its extension has a format or a {@code files.formats}
 *     glob matches it, it matches an {@code include}
 *     glob (or {@code include} is empty) and no {@code exclude} glob. Both are matched against the path
 *     relative to the config's base directory, or, for files outside it, relative to the walked directory.</li>
 * <li>A glob is matched against paths relative to its literal leading folders (so {@code docs/*.md} does not
 *     descend and {@code docs/**}{@code /*.md} does); {@code exclude} still applies. A glob that selects
 *     nothing is an error, like a missing path.</li>
 * <li>While walking, folders whose name starts with {@code .} are skipped, {@code .gitignore} files are
 *     honoured (those of enclosing folders too, up to the one holding {@code .git}), symbolic links to
 *     folders are followed but a folder is entered once, and a file reached twice is linted once.</li>
 * <li>A folder that cannot be listed (no permission) is returned as a {@link SourceFile} that says why, so
 *     the run reports it instead of passing over its files in silence.</li>
 * </ul>
 */
public final class FileWalker {
    /** Lists a folder's entries; tests replace it to make a folder unreadable, which root cannot do with chmod. */
    @FunctionalInterface
    interface Lister {
        Lister DEFAULT = dir -> {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path c : stream) children.add(c);
            }
            return children;
        };

        List<Path> list(Path dir) throws IOException;
    }

    private final Path base;
    private final Path configBase;
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final FormatMap formats;
    private final Lister lister;

    /** @param baseDirectory relative arguments are resolved against it and findings name files relative to it */
    public FileWalker(Config config, Path baseDirectory) {
        this(config, baseDirectory, Lister.DEFAULT);
    }

    FileWalker(Config config, Path baseDirectory, Lister lister) {
        this.lister = lister;
        this.base = baseDirectory.toAbsolutePath().normalize();
        this.configBase = config.baseDirectory() == null ? base : config.baseDirectory().toAbsolutePath().normalize();
        this.include = config.include().stream().map(Glob::compile).toList();
        this.exclude = config.exclude().stream().map(Glob::compile).toList();
        this.formats = config.formats();
    }

    /** The format of a file found under {@code walkRoot}: {@code files.formats} first, then the extension. */
    private Optional<Format> formatOf(Path file, Path walkRoot) {
        return formats.formatOf(configRelative(file, walkRoot)).or(() -> Format.ofFileName(file.getFileName().toString()));
    }

    /**
     * The files the arguments name, sorted by relative path.
     *
     * @throws InputException when a path does not exist or a glob matches nothing
     */
    public List<SourceFile> walk(List<String> arguments) {
        Map<Object, SourceFile> found = new LinkedHashMap<>();
        for (String arg : arguments) {
            Path named = resolveLiteral(arg);
            if (named == null && Glob.isGlob(arg)) {
                try {
                    Glob.compile(arg);
                } catch (IllegalArgumentException e) {
                    throw new InputException("Invalid glob '" + arg + "': " + e.getMessage()
                            + ". Fix the pattern, or quote a file name that contains glob characters.");
                }
                int before = found.size();
                walkGlob(arg, found);
                if (found.size() == before && !matchesAny(arg, found))
                    throw new InputException("No files match '" + arg + "'. Check the pattern, and the exclude "
                            + "list and .gitignore files that may hide the files.");
                continue;
            }
            if (named == null) throw new InputException("No such file or directory: " + arg);
            if (Files.isDirectory(named)) {
                walkDirectory(named, Integer.MAX_VALUE, this::selectedInDirectory, found);
            } else {
                Path parent = named.toAbsolutePath().getParent();
                Format format = formatOf(named, parent == null ? base : parent).orElse(Format.TEXT);
                add(named, identity(named, null), format, found);
            }
        }
        List<SourceFile> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(SourceFile::relativePath));
        return out;
    }

    // A glob whose files were all found by an earlier argument still matched something.
    private boolean matchesAny(String arg, Map<Object, SourceFile> found) {
        GlobParts parts = GlobParts.of(arg, base);
        if (parts == null) return false;
        Glob glob = Glob.compile("/" + parts.pattern);
        for (SourceFile f : found.values()) {
            String rel = PathNames.relative(parts.root, f.path());
            if (!PathNames.isOutside(rel) && glob.matches(rel)) return true;
        }
        return false;
    }

    private Path resolveLiteral(String arg) {
        try {
            Path p = base.resolve(arg).normalize();
            return Files.exists(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private record GlobParts(Path root, String pattern) {
        static GlobParts of(String arg, Path base) {
            String g = PathNames.slashes(arg);
            String[] segments = g.split("/", -1);
            int first = 0;
            while (first < segments.length && !Glob.isGlob(segments[first])) first++;
            String prefix = String.join("/", java.util.Arrays.copyOfRange(segments, 0, first));
            String pattern = String.join("/", java.util.Arrays.copyOfRange(segments, first, segments.length));
            if (g.startsWith("/") && prefix.isEmpty()) prefix = "/";
            try {
                Path root = prefix.isEmpty() ? base : base.resolve(prefix).normalize();
                return new GlobParts(root, pattern);
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }

    private void walkGlob(String arg, Map<Object, SourceFile> found) {
        GlobParts parts = GlobParts.of(arg, base);
        if (parts == null || !Files.isDirectory(parts.root)) return;
        // Anchored at the literal prefix: "docs/*.md" means files directly in docs, as a shell would.
        Glob glob = Glob.compile("/" + parts.pattern);
        Path root = parts.root;
        // Without "**" a glob names files at a fixed depth, so deeper folders need not be listed at all.
        int depth = parts.pattern.contains("**") ? Integer.MAX_VALUE : parts.pattern.split("/", -1).length;
        walkDirectory(root, depth, (file, walkRoot) -> {
            String rel = PathNames.relativeNormalized(root, file);
            return formatOf(file, walkRoot).isPresent() && glob.matches(rel)
                    && !excluded(configRelative(file, walkRoot));
        }, found);
    }

    private boolean selectedInDirectory(Path file, Path walkRoot) {
        if (formatOf(file, walkRoot).isEmpty()) return false;
        String rel = configRelative(file, walkRoot);
        if (excluded(rel)) return false;
        if (include.isEmpty()) return true;
        for (Glob g : include) if (g.matches(rel)) return true;
        return false;
    }

    private String configRelative(Path file, Path walkRoot) {
        String rel = PathNames.relativeNormalized(configBase, file);
        return PathNames.isOutside(rel) ? PathNames.relativeNormalized(walkRoot, file) : rel;
    }

    private boolean excluded(String rel) {
        for (Glob g : exclude) if (g.matches(rel)) return true;
        return false;
    }

    private boolean excludedDirectory(String rel) {
        for (Glob g : exclude) if (g.matches(rel) || g.matches(rel + "/")) return true;
        return false;
    }

    /** Walks {@code root}, taking files at most {@code depth} levels down (1: only the files directly in it). */
    private void walkDirectory(Path root, int depth, BiPredicate<Path, Path> select, Map<Object, SourceFile> found) {
        List<GitIgnore> ignores = enclosingGitIgnores(root);
        Set<Object> visited = new HashSet<>();
        visited.add(identity(root, null));
        visit(root, root, depth, ignores, visited, select, found);
    }

    private void visit(Path dir, Path root, int depth, List<GitIgnore> ignores, Set<Object> visited,
                       BiPredicate<Path, Path> select, Map<Object, SourceFile> found) {
        List<Path> children;
        try {
            children = new ArrayList<>(lister.list(dir));
        } catch (IOException | RuntimeException e) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            found.putIfAbsent(identity(dir, null), new SourceFile(dir, PathNames.relativeNormalized(base, dir), Format.TEXT, why));
            return;
        }
        GitIgnore own = GitIgnore.load(dir);
        if (own != null) {
            ignores = new ArrayList<>(ignores);
            ignores.add(own);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            String name = child.getFileName().toString();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class); // follows symbolic links
            } catch (IOException | RuntimeException e) {
                continue; // a dangling link, or gone since the listing
            }
            if (attributes.isDirectory()) {
                if (depth <= 1 || name.startsWith(".") || ignored(ignores, child, true)) continue;
                if (excludedDirectory(configRelative(child, root))) continue;
                // A folder is entered once: this ends symbolic link loops and walks a linked folder once.
                if (!visited.add(identity(child, attributes))) continue;
                visit(child, root, depth - 1, ignores, visited, select, found);
            } else if (attributes.isRegularFile()) {
                if (ignored(ignores, child, false) || !select.test(child, root)) continue;
                add(child, identity(child, attributes), formatOf(child, root).orElse(Format.TEXT), found);
            }
        }
    }

    /** What makes two paths the same file: device and inode where the platform has them, else the real path. */
    private static Object identity(Path path, BasicFileAttributes attributes) {
        try {
            BasicFileAttributes a = attributes != null ? attributes : Files.readAttributes(path, BasicFileAttributes.class);
            if (a.fileKey() != null) return a.fileKey();
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private static boolean ignored(List<GitIgnore> ignores, Path path, boolean isDirectory) {
        Boolean result = null;
        for (GitIgnore gi : ignores) {
            String rel = PathNames.relativeNormalized(gi.directory(), path);
            if (PathNames.isOutside(rel)) continue;
            Boolean r = gi.match(rel, isDirectory);
            if (r != null) result = r;
        }
        return Boolean.TRUE.equals(result);
    }

    /** The .gitignore files of the folders above {@code root}, outermost first, when {@code root} is in a git work tree. */
    private static List<GitIgnore> enclosingGitIgnores(Path root) {
        List<GitIgnore> above = new ArrayList<>();
        boolean inRepository = false;
        for (Path d = root.getParent(); d != null; d = d.getParent()) {
            GitIgnore gi = GitIgnore.load(d);
            if (gi != null) above.add(0, gi);
            if (Files.exists(d.resolve(".git"))) { inRepository = true; break; }
        }
        if (Files.exists(root.resolve(".git"))) return new ArrayList<>();
        return inRepository ? above : new ArrayList<>();
    }

    private void add(Path file, Object identity, Format format, Map<Object, SourceFile> found) {
        found.putIfAbsent(identity, new SourceFile(file, PathNames.relativeNormalized(base, file), format));
    }
}
