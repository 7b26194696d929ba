package dev.contentlint.core.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.engine.FilePart;
import dev.contentlint.core.engine.Shard;
import dev.contentlint.core.engine.ShardRun;
import dev.contentlint.core.frontend.UsageException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardSetTest {
    private static ShardFile part(String name, int index, int count, String... paths) {
        return new ShardFile(name, "1.0", ShardFileTest.run(index, count, "ctx", paths));
    }

    private static ShardFile with(ShardFile p, String tool, LocalDate today, boolean inline, String context) {
        ShardRun r = p.run();
        return new ShardFile(p.name(), tool, new ShardRun(r.shard(), today, inline, context, r.files(), Set.of()));
    }

    @Test
    void combinesEveryShardInPathOrder() {
        ShardSet set = ShardSet.of(List.of(part("b.json", 2, 3, "m.md", "z.md"), part("c.json", 3, 3),
                part("a.json", 1, 3, "a.md", "n.md")));
        assertEquals(List.of("a.md", "m.md", "n.md", "z.md"), set.files().stream().map(FilePart::path).toList());
        assertEquals(3, set.count());
        assertEquals(LocalDate.of(2026, 11, 26), set.today());
        assertTrue(set.inlineConfig());
    }

    @Test
    void refusesAMissingShard() {
        assertRefused(List.of(part("1.json", 1, 4), part("2.json", 2, 4), part("4.json", 4, 4)),
                "shard 3/4 is missing; a merge needs all 4 shards");
        assertRefused(List.of(part("2.json", 2, 4)), "shards 1/4, 3/4, 4/4 are missing");
        assertRefused(List.of(), "name the shard files");
    }

    @Test
    void refusesAShardGivenTwice() {
        assertRefused(List.of(part("1.json", 1, 2), part("2.json", 2, 2), part("2-again.json", 2, 2)),
                "shard 2/2 is given twice (2.json and 2-again.json)");
    }

    @Test
    void refusesShardsOfRunsSplitDifferently() {
        assertRefused(List.of(part("1.json", 1, 2), part("2.json", 2, 3)), "2.json is shard 2/3 and 1.json is shard 1/2");
    }

    @Test
    void refusesAFileCheckedInTwoShards() {
        assertRefused(List.of(part("1.json", 1, 2, "a.md"), part("2.json", 2, 2, "a.md")), "a.md was checked in two shards");
    }

    @Test
    void refusesShardsOfDifferentVersionsConfigsDatesOrSwitches() {
        ShardFile one = part("1.json", 1, 2), two = part("2.json", 2, 2);
        LocalDate today = one.run().today();
        assertRefused(List.of(one, with(two, "1.1", today, true, "ctx")),
                "2.json was written by contentlint 1.1 and 1.json by 1.0");
        assertRefused(List.of(one, with(two, "1.0", today.plusDays(1), true, "ctx")),
                "2.json was checked as of 2026-11-27 and 1.json as of 2026-11-26");
        assertRefused(List.of(one, with(two, "1.0", today, false, "ctx")), "2.json was checked with --no-inline-config");
        assertRefused(List.of(one, with(two, "1.0", today, true, "other")), "were checked with different configs");
    }

    private static void assertRefused(List<ShardFile> parts, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> ShardSet.of(parts));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
