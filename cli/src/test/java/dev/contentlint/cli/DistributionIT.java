package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged bin/contentlint launcher as a separate process, as users do. */
class DistributionIT {
    static Path dist;
    static Path launcher;
    static Path examples;

    @TempDir
    Path work;

    @BeforeAll
    static void locate() {
        dist = Path.of(System.getProperty("contentlint.dist", "target/contentlint")).toAbsolutePath().normalize();
        launcher = dist.resolve("bin/contentlint");
        examples = Path.of(System.getProperty("contentlint.repoRoot", "..")).resolve("examples").toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(launcher), "the package phase builds " + launcher);
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Run run(Path cwd, Path program, String stdin, String... args) throws Exception {
        return run(Map.of(), cwd, program, stdin, args);
    }

    private Run run(Map<String, String> extraEnv, Path cwd, Path program, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.remove("CONTENTLINT_CONFIG");
        env.remove("NO_COLOR");
        env.putAll(extraEnv);
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path otherDir() throws IOException {
        Path cwd = Files.createDirectories(work.resolve("elsewhere"));
        Files.createDirectories(cwd.resolve(".git"));
        return cwd;
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        Run r = run(otherDir(), launcher, null, "--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().strip().matches("contentlint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.toString());
        assertEquals("", r.err(), "no JVM warnings: " + r);
    }

    @Test
    void findsTheProblemsOfTheExamplesFromAnotherDirectory() throws Exception {
        assumeTrue(Files.isDirectory(examples), "examples/ not present at " + examples);
        Run r = run(otherDir(), launcher, null, examples.toString(), "--today", "2026-11-26");
        for (String page : new String[] {"seed-page.md", "seed-page.html", "seed-page.txt"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains(page) && l.contains("[freshness/stale-date]")),
                    page + " stale date: " + r);
            assertTrue(r.out().lines().anyMatch(l -> l.contains(page) && l.contains("[structure/empty-section]")),
                    page + " empty section: " + r);
        }
        assertEquals(0, r.code(), "warnings only: " + r);
        assertEquals(1, run(otherDir(), launcher, null, examples.toString(), "--today", "2026-11-26",
                "--fail-on", "warning").code());
    }

    @Test
    void pathsAreRelativeToTheWorkingDirectory() throws Exception {
        Path cwd = otherDir();
        Files.createDirectories(cwd.resolve("docs"));
        Files.writeString(cwd.resolve("docs/guide.md"), CheckCommandTest.STALE_PAGE);
        Run r = run(cwd, launcher, null, "docs", "--today", "2026-11-26");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("docs/guide.md:3:"), r.toString());
    }

    @Test
    void daemonKeepsLanguageToolLoadedForTheNextRunUntilStopped() throws Exception {
        Path cwd = otherDir();
        Files.writeString(cwd.resolve(".contentlint.yml"), "extends: contentlint:recommended\nrules:\n"
                + "  grammar/languagetool: { severity: warning }\n");
        Files.writeString(cwd.resolve("page.md"), "# Title\n\nThis is an test of the tool.\n");
        Map<String, String> env = Map.of("CONTENTLINT_DAEMON_DIR", work.resolve("daemons").toString(),
                "CONTENTLINT_DAEMON_IDLE_MINUTES", "5");
        try {
            assertEquals(1, run(env, cwd, launcher, null, "daemon", "status").code(), "none runs yet");
            Run first = run(env, cwd, launcher, null, "--daemon", "--cache", "page.md");
            assertTrue(first.out().contains("page.md:3:9: warning:") && first.out().contains("(EN_A_VS_AN)"), first.toString());
            assertTrue(!first.err().contains("warning: the LanguageTool daemon"), "the daemon started: " + first);
            Run status = run(env, cwd, launcher, null, "daemon", "status");
            assertEquals(0, status.code(), status.toString());
            assertTrue(status.out().startsWith("running: pid "), status.toString());

            Files.writeString(cwd.resolve("page.md"), "# Title\n\nThis is an test of the tool.\n\nIt are an other one.\n");
            Run second = run(env, cwd, launcher, null, "--daemon", "--cache", "page.md");
            assertTrue(second.out().contains("page.md:5:"), "the new paragraph is checked: " + second);
            String after = run(env, cwd, launcher, null, "daemon", "status").out();
            assertTrue(after.contains("1 LanguageTool instances loaded"), "the second run loaded nothing: " + after);
        } finally {
            Run stop = run(env, cwd, launcher, null, "daemon", "stop");
            assertEquals("stopped", stop.out().strip(), stop.toString());
        }
        assertEquals(1, run(env, cwd, launcher, null, "daemon", "status").code(), "stopped");
    }

    @Test
    void worksThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(work.resolve("cl"), launcher);
        Run r = run(otherDir(), link, null, "--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("contentlint "), r.toString());
    }

    @Test
    void stdinAndExitCodes() throws Exception {
        Run stale = run(otherDir(), launcher, CheckCommandTest.STALE_PAGE, "-", "--stdin-filename", "page.md",
                "--today", "2026-11-26", "--fail-on", "warning");
        assertEquals(1, stale.code(), stale.toString());
        assertTrue(stale.out().startsWith("page.md:3:"), stale.toString());
        Run missing = run(otherDir(), launcher, null, "missing.md");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("No such file or directory: missing.md"), missing.toString());
        Run usage = run(otherDir(), launcher, null, "--no-such-flag");
        assertEquals(2, usage.code(), usage.toString());
    }

    /** A Java of feature version 25 or newer installed beside this one (as /usr/lib/jvm holds them), or null. */
    private static Path aotJava() throws IOException {
        Path jvms = Path.of(System.getProperty("contentlint.aotJavas", "/usr/lib/jvm"));
        if (!Files.isDirectory(jvms)) return null;
        try (var homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) continue;
                var m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 25) return home;
            }
        }
        return null;
    }

    /** A run as text without the time the summary line states. */
    private static String untimed(Run r) {
        return r.toString().replaceAll("\\(?\\d+(\\.\\d+)? s\\)?", "");
    }

    @Test
    void onJava25TheFirstRunTrainsAnAheadOfTimeCacheThatLaterRunsUseAndABrokenOneIsIgnored() throws Exception {
        Path home = aotJava();
        assumeTrue(home != null, "no Java 25 or newer installed");
        Path cwd = otherDir();
        Files.writeString(cwd.resolve("page.md"), "# Page\n\nTODO write this.\n");
        Map<String, String> env = Map.of("JAVA_HOME", home.toString(), "XDG_CACHE_HOME", work.resolve("cache").toString());
        Path folder = work.resolve("cache/contentlint/aot");

        Run first = run(env, cwd, launcher, null, "--fail-on", "info", "page.md");
        assertEquals(1, first.code(), first.toString());
        assertTrue(first.out().contains("[structure/placeholder-text]"), first.toString());
        List<Path> caches;
        try (var files = Files.list(folder)) {
            caches = files.toList();
        }
        assertEquals(1, caches.size(), "one cache and no leftovers: " + caches);
        assertTrue(caches.get(0).getFileName().toString().matches("contentlint-\\d+-\\d+\\.aot"), caches.toString());
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder)), "only the user may write the folder");

        Run second = run(env, cwd, launcher, null, "--fail-on", "info", "page.md");
        assertEquals(untimed(first), untimed(second), "the cache changes nothing a run prints");

        // A cache the JVM cannot use (another build's, or damaged) is skipped without a word.
        Files.write(caches.get(0), new byte[4096]);
        Run broken = run(env, cwd, launcher, null, "--fail-on", "info", "page.md");
        assertEquals(untimed(first), untimed(broken));
        Run off = run(Map.of("JAVA_HOME", home.toString(), "XDG_CACHE_HOME", work.resolve("off").toString(),
                "CONTENTLINT_AOT", "off"), cwd, launcher, null, "--fail-on", "info", "page.md");
        assertEquals(untimed(first), untimed(off));
        assertTrue(Files.notExists(work.resolve("off")), "CONTENTLINT_AOT=off writes no cache");
    }

    @Test
    void onJava17NoAheadOfTimeCacheIsMade() throws Exception {
        Run r = run(Map.of("XDG_CACHE_HOME", work.resolve("cache").toString()), otherDir(), launcher, null, "--version");
        assertEquals(0, r.code(), r.toString());
        assumeTrue(Runtime.version().feature() < 24, "the build runs on Java 24 or newer");
        assertTrue(Files.notExists(work.resolve("cache")), "the class-data archive serves Java 17");
    }

    @Test
    void zipHoldsTheFolderWithAnExecutableLauncher() throws IOException {
        Path zip;
        try (var files = Files.list(dist.getParent())) {
            zip = files.filter(f -> f.getFileName().toString().matches("contentlint-.*\\.zip")).findFirst().orElseThrow();
        }
        Map<String, Integer> modes = zipModes(zip);
        assertEquals(0755, modes.get("contentlint/bin/contentlint") & 0777, "launcher mode in " + modes.keySet());
        assertTrue(modes.keySet().stream().anyMatch(n -> n.matches("contentlint/lib/contentlint-cli-.*\\.jar")));
        assertTrue(modes.keySet().stream().anyMatch(n -> n.matches("contentlint/lib/picocli-.*\\.jar")));
    }

    /** Entry name → Unix mode, read from the zip's central directory (java.util.zip does not expose it). */
    private static Map<String, Integer> zipModes(Path zip) throws IOException {
        ByteBuffer b;
        try (InputStream in = Files.newInputStream(zip)) {
            b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
        int eocd = b.limit() - 22;
        while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) eocd--;
        assertTrue(eocd >= 0, "end of central directory found");
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int pos = b.getInt(eocd + 16);
        Map<String, Integer> modes = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            assertEquals(0x02014b50, b.getInt(pos), "central directory entry");
            int nameLength = Short.toUnsignedInt(b.getShort(pos + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(pos + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(pos + 32));
            int external = b.getInt(pos + 38);
            byte[] name = new byte[nameLength];
            b.get(pos + 46, name);
            modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
            pos += 46 + nameLength + extraLength + commentLength;
        }
        return modes;
    }
}
