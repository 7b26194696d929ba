package dev.contentlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Locates the fixture documents: the {@code fixtures/} folder of the class path, whether it is a
 * directory (a build's {@code target/classes}) or a folder inside the test-fixtures jar.
 */
public final class Fixtures {
    /** Every fixture root holds this file, which is how the root is found on the class path. */
    public static final String ANCHOR = "fixtures/README.md";
    /** What a fixture's fixed text adds to its name before the extension. */
    private static final String FIXED = ".fixed";

    private static volatile Path root;

    private Fixtures() {}

    /** The {@code fixtures/} folder shipped with contentlint-test-fixtures. */
    public static Path root() {
        Path r = root;
        if (r == null) {
            synchronized (Fixtures.class) {
                if (root == null) root = locate(Fixtures.class.getClassLoader().getResource(ANCHOR));
                r = root;
            }
        }
        return r;
    }

    /**
     * The fixtures root holding {@code anchor}, the URL of its {@code README.md} (from
     * {@code getResource("fixtures/README.md")}), whether in a directory or inside a jar.
     */
    public static Path locate(URL anchor) {
        if (anchor == null) throw new IllegalStateException(ANCHOR + " is not on the class path; add contentlint-test-fixtures");
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + ANCHOR).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the fixtures at " + anchor + ": " + e.getMessage(), e);
        }
    }

    /** A fixture by its path below the root, e.g. {@code freshness/stale-date.md}. */
    public static Path of(String relative) {
        return root().resolve(relative);
    }

    /** Every fixture document below {@code root}, sorted by path. */
    public static List<Path> all(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(Fixtures::isFixture).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures of a rule id below {@code root}: {@code <family>/<name>.*} and {@code <family>/<name>--*.*}. */
    public static List<Path> forRule(Path root, String ruleId) {
        int slash = ruleId.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("not a rule id: " + ruleId);
        Path dir = root.resolve(ruleId.substring(0, slash));
        String name = ruleId.substring(slash + 1);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(Fixtures::isFixture)
                    .filter(p -> ownedBy(p.getFileName().toString(), name)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures in one folder below {@code root}, e.g. {@code seed}. */
    public static List<Path> in(Path root, String folder) {
        try (Stream<Path> s = Files.list(root.resolve(folder))) {
            return s.filter(Files::isRegularFile).filter(Fixtures::isFixture).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ownedBy(String fileName, String name) {
        int dot = fileName.indexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        return stem.equals(name) || stem.startsWith(name + "--");
    }

    static boolean isFixture(Path p) {
        String n = p.getFileName().toString();
        return !n.equals("README.md") && !isFixedText(n) && (n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".txt"));
    }

    /** Whether a file name is that of a fixture's fixed text, {@code NAME.fixed.EXT}: not a fixture of its own. */
    static boolean isFixedText(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && fileName.substring(0, dot).endsWith(FIXED);
    }

    /** Where the fixed text of {@code fixture} ({@code NAME.EXT}) lives: {@code NAME.fixed.EXT} beside it. */
    public static Path fixedSibling(Path fixture) {
        String n = fixture.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return fixture.resolveSibling(dot < 0 ? n + FIXED : n.substring(0, dot) + FIXED + n.substring(dot));
    }

    /** The fixture's name below {@code root} with {@code /} separators, as findings show it. */
    public static String nameOf(Path root, Path fixture) {
        Path rel = fixture.startsWith(root) ? root.relativize(fixture) : fixture.getFileName();
        return rel.toString().replace('\\', '/');
    }

    /** Reads and parses a fixture (UTF-8). */
    public static Fixture read(Path root, Path fixture) {
        try {
            return Fixture.parse(nameOf(root, fixture), Files.readString(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + fixture, e);
        }
    }
}
