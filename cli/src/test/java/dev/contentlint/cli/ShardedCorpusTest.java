package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real documentation tree (the zero-code instrumentation pages of the OpenTelemetry site, from the shared
 * corpus) checked in four shards and merged gives the same JSON, byte for byte, as one check of the tree, with
 * the rules across files reporting: passages copied between pages and glossary entries no page uses.
 */
class ShardedCorpusTest {
    private static final String SLICE = "corpus/opentelemetry-io/content/en/docs/zero-code";

    @TempDir
    Path dir;

    @Test
    void fourShardsMergedEqualOneRun() throws IOException {
        Path source = SharedData.path(SLICE);
        Path tree = dir.resolve("zero-code");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = tree.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), """
                extends: recommended
                today: 2026-11-26
                glossary: [glossary.yml]
                rules:
                  readability/duplicate-passage: { severity: warning }
                """);
        Files.writeString(dir.resolve("glossary.yml"), """
                terms:
                  - term: OpenTelemetry
                    abbreviation: OTel
                  - term: instrumentation
                  - term: frobnicator
                  - term: flux capacitor
                """);
        Cli cli = new Cli(dir);

        Cli.Result whole = cli.run("check", "--format", "json", "zero-code");
        assertEquals(0, whole.code(), whole.err());
        List<String> shards = new ArrayList<>();
        int files = 0;
        for (int k = 1; k <= 4; k++) {
            Cli.Result part = cli.run("check", "--shard", k + "/4", "--output", "shard-" + k + ".json", "zero-code");
            assertEquals(0, part.code(), part.toString());
            String shard = Files.readString(dir.resolve("shard-" + k + ".json"));
            int inShard = shard.split("\n    \\{\n      \"path\": ").length - 1;
            assertTrue(inShard > 0, "shard " + k + " is empty");
            files += inShard;
            shards.add("shard-" + k + ".json");
        }
        List<String> args = new ArrayList<>(List.of("merge", "--format", "json"));
        args.addAll(shards);
        Cli.Result merged = cli.run(args.toArray(String[]::new));
        assertEquals(0, merged.code(), merged.toString());

        long duplicates = count(whole.out(), "\"ruleId\": \"readability/duplicate-passage\"");
        long unused = count(whole.out(), "\"ruleId\": \"glossary/unused-entry\"");
        int checked = Integer.parseInt(whole.out().replaceAll("(?s).*?\"files\": (\\d+),.*", "$1"));
        System.out.println("sharded corpus: " + checked + " files in 4 shards, " + duplicates
                + " duplicate passages, " + unused + " unused glossary entries");
        assertTrue(duplicates > 0 && unused >= 2, "rules across files report here: " + duplicates + ", " + unused);
        assertEquals(checked, files, "every file in exactly one shard");
        assertEquals(whole.out(), merged.out());
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
