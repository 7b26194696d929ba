package dev.contentlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the data shared beside the repository: the documentation corpus, the W3C ACT test cases and the
 * readability reference figures. They live in {@code ../shared} seen from the repository root (CI puts a copy
 * there), or in the folder the system property {@value #PROPERTY} names. A test whose data is missing is
 * skipped with the reason, except under {@code CI=true}, where it fails: a green CI build must have run it.
 */
public final class SharedData {
    /** System property naming the shared folder, e.g. {@code mvn test -Dcontentlint.shared=/data/shared}. */
    public static final String PROPERTY = "contentlint.shared";

    private SharedData() {}

    /**
     * The file or folder {@code relative} (e.g. {@code "corpus"}) of the shared folder. When it is missing, the
     * calling test is skipped, or fails when the environment variable {@code CI} is {@code true}.
     */
    public static Path path(String relative) {
        return path(relative, System.getProperty(PROPERTY), System.getenv("CI"), Path.of(""));
    }

    /** {@link #path(String)} with the property, the {@code CI} variable and the working directory given. */
    static Path path(String relative, String property, String ci, Path workingDir) {
        Path root;
        String origin;
        if (property != null && !property.isBlank()) {
            root = Path.of(property).toAbsolutePath().normalize();
            origin = "set by -D" + PROPERTY;
        } else {
            Optional<Path> repository = repositoryRoot(workingDir);
            if (repository.isEmpty()) {
                return unavailable("shared test data not found: no repository root (a pom.xml with <modules>) above "
                        + workingDir.toAbsolutePath().normalize() + "; set -D" + PROPERTY + "=DIR", ci);
            }
            root = repository.get().resolveSibling("shared");
            origin = "beside the repository; set -D" + PROPERTY + "=DIR to use another folder";
        }
        Path wanted = root.resolve(relative).normalize();
        if (Files.exists(wanted)) return wanted;
        return unavailable("shared test data not found: " + wanted + " is missing (shared folder " + root + ", "
                + origin + ")", ci);
    }

    private static Path unavailable(String reason, String ci) {
        if (ci != null && ci.strip().equalsIgnoreCase("true"))
            return Assertions.fail(reason + ". CI=true, so this test fails instead of being skipped.");
        return Assumptions.abort(reason);
    }

    /** The repository root: the nearest folder at or above the working directory whose pom.xml lists modules. */
    public static Path repositoryRoot() {
        Path here = Path.of("");
        return repositoryRoot(here).orElseThrow(() -> new IllegalStateException(
                "no pom.xml with <modules> at or above " + here.toAbsolutePath().normalize()
                        + ": run the tests inside the contentlint repository"));
    }

    static Optional<Path> repositoryRoot(Path from) {
        for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && listsModules(pom)) return Optional.of(dir);
        }
        return Optional.empty();
    }

    private static boolean listsModules(Path pom) {
        try {
            return Files.readString(pom).contains("<modules>");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        }
    }
}
