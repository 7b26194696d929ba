package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paragraph cache survives runs, merges concurrent writers, stays within its bound and shrugs off damage. */
class ParagraphCacheTest {
    private static final LtMatch MATCH = new LtMatch("EN_A_VS_AN", "MISC", false, 8, 10,
            "Use \"a\" instead of \"an\".", List.of("a"));

    @Test
    void entriesSurviveAcrossRuns(@TempDir Path dir) {
        Path file = dir.resolve("lt/paragraphs.bin");
        ParagraphCache first = new ParagraphCache(file, 100);
        first.put("k1", List.of(MATCH));
        first.put("k2", List.of());
        first.close();
        ParagraphCache second = new ParagraphCache(file, 100);
        assertEquals(List.of(MATCH), second.get("k1"));
        assertEquals(List.of(), second.get("k2"));
        assertNull(second.get("k3"));
    }

    @Test
    void anInMemoryCacheServesLaterRunsAndDropsTheLeastRecentlyUsedOverItsBudget() {
        ParagraphCache shared = ParagraphCache.inMemory(2_000);
        shared.put("old", List.of(MATCH));
        shared.close(); // one run ends; the next uses the same instance
        assertEquals(List.of(MATCH), shared.get("old"));
        for (int i = 0; i < 50; i++) shared.put("k" + i, List.of(MATCH));
        assertNull(shared.get("old"), "evicted once newer results pass the budget");
        assertEquals(List.of(MATCH), shared.get("k49"));
        assertTrue(shared.size() < 50, "held " + shared.size());
    }

    @Test
    void twoRunsClosingOneAfterTheOtherKeepBothRunsEntries(@TempDir Path dir) {
        Path file = dir.resolve("paragraphs.bin");
        ParagraphCache a = new ParagraphCache(file, 100);
        ParagraphCache b = new ParagraphCache(file, 100);
        a.get("x"); // both read the empty file before either writes
        b.get("x");
        a.put("from-a", List.of(MATCH));
        b.put("from-b", List.of());
        a.close();
        b.close();
        ParagraphCache c = new ParagraphCache(file, 100);
        assertEquals(List.of(MATCH), c.get("from-a"));
        assertEquals(List.of(), c.get("from-b"));
    }

    @Test
    void sizeIsBounded(@TempDir Path dir) {
        Path file = dir.resolve("paragraphs.bin");
        ParagraphCache a = new ParagraphCache(file, 3);
        for (int i = 0; i < 10; i++) a.put("k" + i, List.of());
        a.close();
        assertEquals(3, new ParagraphCache(file, 3).size());
    }

    @Test
    void aDamagedFileIsAnEmptyCache(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paragraphs.bin");
        ParagraphCache a = new ParagraphCache(file, 100);
        a.put("k", List.of(MATCH));
        a.close();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(new ParagraphCache(file, 100).get("k"));
        Files.writeString(file, "not a cache");
        assertEquals(0, new ParagraphCache(file, 100).size());
    }

    @Test
    void memoryOnlyWithoutAFolder() {
        ParagraphCache a = new ParagraphCache(null, 100);
        a.put("k", List.of(MATCH));
        a.close();
        assertEquals(List.of(MATCH), a.get("k"));
    }
}
