package dev.contentlint.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCacheTest {
    @TempDir Path dir;

    private static final byte[] CONTENT = "Last updated: 2020\n".getBytes(StandardCharsets.UTF_8);

    private static List<Finding> findings(String path) {
        return List.of(
                new Finding("freshness/stale-date", Severity.ERROR, "Last updated 2020 is old — ünïcode 🙂", path,
                        new Location(1, 15, 1, 19), List.of(new Fix(new Location(1, 15, 1, 19), "2026", "Use 2026")),
                        Map.of("b", "2", "a", "1")),
                new Finding("contentlint/encoding", Severity.WARNING, "bad byte", path, Location.FILE_START));
    }

    @Test
    void storedFindingsComeBackUnderTheNameAskedFor() {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(CONTENT, "config-1", "docs/a.md");
        assertEquals(Optional.empty(), cache.read(key, "docs/a.md").map(RunCache.Entry::findings));
        cache.write(key, new RunCache.Entry(findings("docs/a.md"), Map.of()));
        assertEquals(Optional.of(findings("docs/a.md")), cache.read(key, "docs/a.md").map(RunCache.Entry::findings));
        assertEquals(Optional.of(findings("copy.md")), cache.read(key, "copy.md").map(RunCache.Entry::findings));
        assertEquals(Optional.of(List.of()), roundTrip(List.of()));
    }

    @Test
    void partsAreStoredBesideTheFindingsWithNullValuesKept() {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(CONTENT, "config-1", "docs/a.md");
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("summary glossary/unused-entry", "1;31;");
        parts.put("summary other/rule", null);
        parts.put("product readability/measure", "");
        cache.write(key, new RunCache.Entry(findings("docs/a.md"), parts));
        RunCache.Entry entry = cache.read(key, "docs/a.md").orElseThrow();
        assertEquals(findings("docs/a.md"), entry.findings());
        assertEquals(parts, entry.parts(), "a null part (computed, nothing) stays apart from an absent one");
        assertTrue(entry.parts().containsKey("summary other/rule"));
        cache.write(key, new RunCache.Entry(List.of(), Map.of()));
        assertEquals(Map.of(), cache.read(key, "docs/a.md").orElseThrow().parts(), "nothing stored: parse again");
    }

    private Optional<List<Finding>> roundTrip(List<Finding> list) {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(new byte[0], "empty");
        cache.write(key, new RunCache.Entry(list, Map.of()));
        return cache.read(key, "x.md").map(RunCache.Entry::findings);
    }

    @Test
    void keyDependsOnContentAndEveryContextPart() {
        String k = RunCache.key(CONTENT, "config-1", "docs/a.md", "2026-11-26");
        assertEquals(64, k.length());
        assertEquals(k, RunCache.key(CONTENT.clone(), "config-1", "docs/a.md", "2026-11-26"));
        assertNotEquals(k, RunCache.key("Last updated: 2021\n".getBytes(StandardCharsets.UTF_8), "config-1", "docs/a.md", "2026-11-26"));
        assertNotEquals(k, RunCache.key(CONTENT, "config-2", "docs/a.md", "2026-11-26"));
        assertNotEquals(k, RunCache.key(CONTENT, "config-1", "docs/a.md", "2026-11-27"));
        // Parts are length-prefixed, so moving a character between parts changes the key.
        assertNotEquals(RunCache.key(CONTENT, "ab", "c"), RunCache.key(CONTENT, "a", "bc"));
    }

    @Test
    void corruptOrTruncatedEntriesAreMisses() throws IOException {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(CONTENT, "c");
        cache.write(key, new RunCache.Entry(findings("a.md"), Map.of()));
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 7));
        assertEquals(Optional.empty(), cache.read(key, "a.md").map(RunCache.Entry::findings));
        Files.writeString(entry, "not a cache entry at all");
        assertEquals(Optional.empty(), cache.read(key, "a.md").map(RunCache.Entry::findings));
        cache.write(key, new RunCache.Entry(findings("a.md"), Map.of()));
        assertEquals(Optional.of(findings("a.md")), cache.read(key, "a.md").map(RunCache.Entry::findings));
    }

    @Test
    void writesLeaveNoTemporaryFilesAndConcurrentWritersAgree() throws Exception {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(CONTENT, "c");
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> { for (int j = 0; j < 20; j++) cache.write(key, new RunCache.Entry(findings("a.md"), Map.of())); });
            threads.add(t);
            t.start();
        }
        for (int j = 0; j < 50; j++) {
            Optional<List<Finding>> got = cache.read(key, "a.md").map(RunCache.Entry::findings);
            assertTrue(got.isEmpty() || got.get().equals(findings("a.md")));
        }
        for (Thread t : threads) t.join();
        assertEquals(1, entries().size(), entries().toString());
        assertEquals(Optional.of(findings("a.md")), cache.read(key, "a.md").map(RunCache.Entry::findings));
    }

    @Test
    void anUnwritableFolderOnlyMeansNoCache() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        RunCache cache = new RunCache(file);
        String key = RunCache.key(CONTENT, "c");
        cache.write(key, new RunCache.Entry(findings("a.md"), Map.of()));
        assertEquals(Optional.empty(), cache.read(key, "a.md").map(RunCache.Entry::findings));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theToolVersionIsTheBuildsVersionNotDev() {
        assertTrue(RunCache.toolVersion().matches("\\d+\\.\\d+\\.\\d+.*"), RunCache.toolVersion());
    }
}
