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
    void anEntryWithAnyByteChangedOrCutIsAMiss() throws IOException {
        RunCache cache = new RunCache(dir);
        String key = RunCache.key(CONTENT, "c");
        RunCache.Entry stored = new RunCache.Entry(findings("a.md"), Map.of("summary", "terms: 3", "none", ""));
        cache.write(key, stored);
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        for (int offset = 0; offset < whole.length; offset++) {
            for (int mask : new int[] {0x01, 0x80, 0xff}) {
                byte[] garbled = whole.clone();
                garbled[offset] ^= (byte) mask;
                Files.write(entry, garbled);
                assertEquals(Optional.empty(), cache.read(key, "a.md"), "byte " + offset + " ^ " + mask);
            }
        }
        for (int cut = 0; cut < whole.length; cut++) {
            Files.write(entry, java.util.Arrays.copyOf(whole, cut));
            assertEquals(Optional.empty(), cache.read(key, "a.md"), "cut to " + cut + " bytes");
        }
        Files.write(entry, whole);
        assertEquals(Optional.of(stored), cache.read(key, "a.md"), "the intact entry is served");
    }

    @Test
    void anIntactEntryUnderAnotherKeysNameIsAMiss() throws IOException {
        RunCache cache = new RunCache(dir);
        String a = RunCache.key(CONTENT, "a.md");
        String b = RunCache.key("other".getBytes(StandardCharsets.UTF_8), "b.md");
        cache.write(b, new RunCache.Entry(findings("b.md"), Map.of()));
        Path bEntry = entries().get(0);
        Path aEntry = dir.resolve(a.substring(0, 2)).resolve(a.substring(2));
        Files.createDirectories(aEntry.getParent());
        Files.copy(bEntry, aEntry);
        assertEquals(Optional.empty(), cache.read(a, "a.md"), "another file's findings are not served");
        assertTrue(cache.read(b, "b.md").isPresent());
    }

    /** Moves the last use of every entry {@code by} into the past, as if that much time had gone by. */
    private void timePasses(java.time.Duration by) throws IOException {
        for (Path e : entries())
            Files.setLastModifiedTime(e, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(e).toMillis() - by.toMillis()));
    }

    private static RunCache.Entry edit(int i) {
        return new RunCache.Entry(findings("a.md"), Map.of("summary", "edit " + (100 + i)));
    }

    @Test
    void twentyFiveEditsOfOneFileLeaveNoMoreEntriesThanTheSizeLimitHolds() throws IOException {
        new RunCache(dir).write("00".repeat(32), edit(0));
        long size = Files.size(entries().get(0));
        Files.delete(entries().get(0));
        RunCache.Limits threeEntries = new RunCache.Limits(3 * size, java.time.Duration.ofDays(30));
        for (int i = 0; i < 25; i++) {
            timePasses(java.time.Duration.ofMinutes(1));
            RunCache run = new RunCache(dir, threeEntries);
            String key = RunCache.key(("Edit " + i).getBytes(StandardCharsets.UTF_8), "a.md");
            assertEquals(Optional.empty(), run.read(key, "a.md"));
            run.write(key, edit(i));
            run.prune();
            assertEquals(Math.min(i + 1, 3), entries().size(), "after edit " + i);
            assertEquals(Optional.of(edit(i)), run.read(key, "a.md"), "the newest entry is kept");
        }
        String third = RunCache.key("Edit 22".getBytes(StandardCharsets.UTF_8), "a.md");
        assertTrue(new RunCache(dir).read(third, "a.md").isPresent(), "the three most recent edits are kept");
        assertEquals(Optional.empty(), new RunCache(dir).read(RunCache.key("Edit 21".getBytes(StandardCharsets.UTF_8), "a.md"),
                "a.md"));
    }

    @Test
    void pruningRemovesEntriesUnusedPastTheAgeLimitAndTheLeastRecentlyUsedFirst() throws IOException {
        RunCache.Limits limits = new RunCache.Limits(1 << 20, java.time.Duration.ofDays(30));
        RunCache first = new RunCache(dir, limits);
        String old = RunCache.key("old".getBytes(StandardCharsets.UTF_8), "c");
        String used = RunCache.key("used".getBytes(StandardCharsets.UTF_8), "c");
        first.write(old, edit(1));
        first.write(used, edit(2));
        timePasses(java.time.Duration.ofDays(31));
        RunCache next = new RunCache(dir, limits);
        next.prune();
        assertEquals(2, entries().size(), "a run that wrote nothing leaves the folder alone");
        assertTrue(next.read(used, "x.md").isPresent(), "reading marks an entry used");
        String fresh = RunCache.key("fresh".getBytes(StandardCharsets.UTF_8), "c");
        next.write(fresh, edit(3));
        next.prune();
        assertEquals(Optional.empty(), next.read(old, "x.md"), "unused for 31 days: removed");
        assertTrue(next.read(used, "x.md").isPresent());
        assertTrue(next.read(fresh, "x.md").isPresent());

        long size = Files.size(entries().get(0));
        RunCache small = new RunCache(dir, new RunCache.Limits(2 * size, java.time.Duration.ofDays(30)));
        timePasses(java.time.Duration.ofMinutes(2));
        assertTrue(small.read(used, "x.md").isPresent(), "used is now more recent than fresh");
        String newest = RunCache.key("newest".getBytes(StandardCharsets.UTF_8), "c");
        small.write(newest, edit(4));
        small.prune();
        assertEquals(Optional.empty(), small.read(fresh, "x.md"), "the least recently used goes first");
        assertTrue(small.read(used, "x.md").isPresent());
        assertTrue(small.read(newest, "x.md").isPresent());
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
