package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static List<String> paths(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add("docs/section-" + (i % 37) + "/page-" + i + (i % 3 == 0 ? ".html" : ".md"));
        return out;
    }

    @Test
    void everyFileIsInExactlyOneShard() {
        for (int count = 1; count <= 9; count++) {
            for (String path : paths(500)) {
                int holders = 0;
                for (int k = 1; k <= count; k++) if (new Shard(k, count).contains(path)) holders++;
                assertEquals(1, holders, path + " in " + count + " shards");
                int of = Shard.of(path, count);
                assertTrue(of >= 1 && of <= count, path + " -> " + of);
            }
        }
    }

    @Test
    void shardsAreRoughlyEven() {
        int files = 4000, count = 4;
        int[] sizes = new int[count + 1];
        for (String path : paths(files)) sizes[Shard.of(path, count)]++;
        for (int k = 1; k <= count; k++)
            assertTrue(Math.abs(sizes[k] - files / count) < files / count / 10, "shard " + k + " has " + sizes[k]);
    }

    @Test
    void assignmentIsStableAcrossMachinesAndVersions() {
        // Pinned (and computed apart from Java: the first 8 bytes of SHA-256, big-endian, mod N, plus 1): a change
        // here would send a file to another shard in jobs of different versions.
        assertEquals(List.of(2, 4, 1, 3), List.of(Shard.of("README.md", 4), Shard.of("docs/index.md", 4),
                Shard.of("docs/guide/install.html", 4), Shard.of("docs/ünïcode name.md", 4)));
        assertEquals(Shard.of("docs/index.md", 7), Shard.of("docs/index.md", 7));
    }

    @Test
    void pathsAreCompared_withSlashesAndWithoutDotPrefix() {
        assertEquals(Shard.of("docs/guide/a.md", 5), Shard.of("docs\\guide\\a.md", 5));
        assertEquals(Shard.of("docs/guide/a.md", 5), Shard.of("./docs/guide/a.md", 5));
    }

    @Test
    void parsesKOfN() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        assertEquals("3/8", Shard.parse("3/8").toString());
        for (String bad : List.of("", "2", "a/4", "2/", "0/4", "5/4", "1/0", "-1/4", "2/4/6"))
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4")).getMessage()
                .contains("K must be from 1 to 4"));
        assertFalse(new Shard(1, 2).contains("x") && new Shard(2, 2).contains("x"));
    }
}
