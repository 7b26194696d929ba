package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Groovy recipe of docs/gradle.md, as written, in a real Gradle build: the CLI artifact is resolved
 * from a Maven repository holding this build's jars and poms, the task runs as part of {@code check}, and a
 * finding fails it. Skipped where Gradle is not installed.
 *
 * <p>Two things differ from a user's build, both so that it runs offline: the other jars come from the local
 * Maven repository, at the versions the distribution ships (Gradle would pick newer ones of a few of
 * LanguageTool's dependencies and download them); and on Gradle before 6.4 {@code mainClass} is written
 * {@code main}, as the page says.
 */
class GradleRecipeIT {
    private static final Pattern GROOVY_BLOCK = Pattern.compile("```groovy\n(.*?)```", Pattern.DOTALL);
    private static final Pattern GRADLE_VERSION = Pattern.compile("(?m)^Gradle (\\d+)\\.(\\d+)");

    @TempDir
    Path work;

    private final Path repoRoot = Path.of(System.getProperty("contentlint.repoRoot", "..")).toAbsolutePath().normalize();
    private final Path dist = Path.of(System.getProperty("contentlint.dist", "target/contentlint")).toAbsolutePath();
    private final String version = System.getProperty("contentlint.version", "0.1.0-SNAPSHOT");
    private final Path localRepository = Path.of(System.getProperty("contentlint.localRepository",
            System.getProperty("user.home") + "/.m2/repository"));

    record Run(int code, String output) {}

    @Test
    void theRecipeFailsCheckOnAFinding() throws Exception {
        Path gradle = onPath("gradle");
        assumeTrue(gradle != null, "Gradle is not installed");
        Run versionRun = run(work, gradle.toString(), "--version");
        Matcher v = GRADLE_VERSION.matcher(versionRun.output());
        assertTrue(v.find(), versionRun.output());
        boolean beforeMainClass = Integer.parseInt(v.group(1)) * 100 + Integer.parseInt(v.group(2)) < 604;

        Path project = Files.createDirectories(work.resolve("site"));
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve("settings.gradle"), "rootProject.name = 'site'\n");
        String recipe = recipe();
        if (beforeMainClass) recipe = recipe.replace("mainClass = ", "main = ");
        Files.writeString(project.resolve("build.gradle"), "apply plugin: 'base'\n"
                + "repositories {\n    maven { url '" + mavenRepository().toUri() + "' }\n    mavenLocal()\n}\n"
                + "configurations.all { resolutionStrategy.force(" + String.join(", ", shippedVersions()) + ") }\n\n"
                + recipe);
        Files.writeString(project.resolve(".contentlint.yml"), "today: 2026-11-26\nrules:\n"
                + "  freshness/stale-date: { severity: error }\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/configure.md"), "# Configure\n\nLast updated January 5, 2024\n\n"
                + "Set the options in the settings file and restart the service.\n");

        Run check = run(project, gradle.toString(), "--offline", "--no-daemon",
                "-Dmaven.repo.local=" + localRepository, "check");
        assertNotEquals(0, check.code(), check.output());
        assertTrue(check.output().contains("docs/configure.md:3:14: error: Last updated January 5, 2024 is 1,056 days"
                + " old (limit 365). [freshness/stale-date]"), check.output());
        assertTrue(check.output().contains("1 error in 1 file (1 checked)"), check.output());
        assertTrue(check.output().contains(":contentlint FAILED"), "check ran the task: " + check.output());
    }

    /** The first Groovy block of docs/gradle.md. */
    private String recipe() throws IOException {
        Matcher m = GROOVY_BLOCK.matcher(Files.readString(repoRoot.resolve("docs/gradle.md")));
        assertTrue(m.find(), "docs/gradle.md has a groovy block");
        return m.group(1);
    }

    /** A Maven repository of this build's artifacts that the CLI needs at run time, with the parent pom. */
    private Path mavenRepository() throws IOException {
        Path repo = work.resolve("repo");
        put(repo, "contentlint-parent", repoRoot.resolve("pom.xml"), null);
        for (String[] module : new String[][] {{"linter-core", "contentlint-core"}, {"rules", "contentlint-rules"},
                {"rules-languagetool", "contentlint-languagetool"}, {"lsp", "contentlint-lsp"}, {"cli", "contentlint-cli"}}) {
            Path dir = repoRoot.resolve(module[0]);
            put(repo, module[1], dir.resolve("pom.xml"), dir.resolve("target/" + module[1] + "-" + version + ".jar"));
        }
        return repo;
    }

    private void put(Path repo, String artifactId, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("dev/contentlint/" + artifactId + "/" + version));
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
        if (jar == null) return;
        assertTrue(Files.isRegularFile(jar), "the package phase builds " + jar);
        Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
    }

    /** group:artifact:version of each third-party jar in the distribution's lib/, found in the local repository. */
    private List<String> shippedVersions() throws IOException {
        Map<String, Path> byName = new HashMap<>();
        try (Stream<Path> files = Files.walk(localRepository)) {
            files.filter(p -> p.getFileName().toString().endsWith(".jar")).forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dist.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Path found = byName.get(jar.getFileName().toString());
                if (found == null || found.startsWith(localRepository.resolve("dev/contentlint"))) continue;
                Path versionDir = localRepository.relativize(found.getParent());
                int n = versionDir.getNameCount();
                String group = versionDir.subpath(0, n - 2).toString().replace(File.separatorChar, '.');
                out.add("'" + group + ":" + versionDir.getName(n - 2) + ":" + versionDir.getName(n - 1) + "'");
            }
        }
        assertTrue(out.size() > 20, "the distribution's jars are in the local repository: " + out);
        return out;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    private Run run(Path cwd, String... command) throws Exception {
        Path log = Files.createTempFile(work, "gradle", ".log");
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("Gradle did not finish: " + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}
