package dev.contentlint.core.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.FilePart;
import dev.contentlint.core.engine.Shard;
import dev.contentlint.core.engine.ShardRun;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardFileTest {
    @TempDir
    Path dir;

    static ShardRun run(int index, int count, String context, String... paths) {
        List<FilePart> files = new java.util.ArrayList<>();
        for (String p : paths)
            files.add(new FilePart(p, List.of(new Finding("style/x", Severity.WARNING, "m", p, new Location(1, 1, 1, 2))),
                    Map.of("readability/duplicate-passage", "1;"), null));
        return new ShardRun(new Shard(index, count), LocalDate.of(2026, 11, 26), true, context, files, Set.of());
    }

    Path write(String name, ShardRun run, String tool) throws IOException {
        StringBuilder sb = new StringBuilder();
        ShardFile.write(run, tool, sb);
        Path file = dir.resolve(name);
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Map<String, String> summaries = new LinkedHashMap<>();
        summaries.put("glossary/unused-entry", "3:a\"b");
        summaries.put("readability/duplicate-passage", null);
        Finding plain = new Finding("a11y/image-alt", Severity.ERROR, "Image has no alt text \u00e9 \uD83D\uDE00 \u0001\n",
                "docs/a b.md", new Location(3, 4, 3, 9));
        Finding fixed = new Finding("glossary/rejected-term", Severity.INFO, "Use \"email\"", "docs/a b.md",
                new Location(7, 1, 8, 2),
                List.of(new Fix(new Location(7, 1, 7, 7), "email", "Replace with email", FixSafety.SAFE),
                        new Fix(new Location(7, 1, 7, 7), "", null, null)),
                Map.of("detail", "E_MAIL", "languagetoolRule", "X"));
        ShardRun run = new ShardRun(new Shard(3, 5), LocalDate.of(2026, 1, 2), false, "abc",
                List.of(new FilePart("docs/a b.md", List.of(plain, fixed), summaries, "0;0;0;0;"),
                        new FilePart("empty.txt", List.of(), Map.of(), null)), Set.of());
        ShardFile read = ShardFile.read(write("part.json", run, "1.2.3"), "part.json");
        assertEquals("1.2.3", read.tool());
        assertEquals(run, read.run());
    }

    @Test
    void refusesToWriteWhenACorpusRuleCannotStoreItsSummaries() {
        ShardRun run = new ShardRun(new Shard(1, 2), LocalDate.of(2026, 1, 2), true, "c", List.of(),
                Set.of("acme/across-files"));
        UsageException e = assertThrows(UsageException.class, () -> ShardFile.write(run, "1", new StringBuilder()));
        assertTrue(e.getMessage().contains("acme/across-files") && e.getMessage().contains("without --shard"), e.getMessage());
    }

    @Test
    void refusesWhatIsNoShardFile() throws IOException {
        Files.writeString(dir.resolve("report.json"), "{\"version\": 1, \"files\": []}");
        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"contentlint-shard\", ");
        Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertRefused("report.json", "is not a contentlint shard file (its format member");
        assertRefused("broken.json", "not valid JSON");
        assertRefused("binary.json", "not UTF-8");
        assertRefused("absent.json", "no shard file absent.json");
    }

    @Test
    void refusesAnotherVersionOfTheLayout() throws IOException {
        String text = Files.readString(write("part.json", run(1, 1, "c", "a.md"), "1"));
        Files.writeString(dir.resolve("v2.json"), text.replace("\"version\": 1,", "\"version\": 2,"));
        assertRefused("v2.json", "format version 2, and this contentlint reads version 1");
    }

    @Test
    void refusesADamagedFile() throws IOException {
        String text = Files.readString(write("part.json", run(1, 2, "c", "a.md"), "1"));
        Files.writeString(dir.resolve("severity.json"), text.replace("\"warning\"", "\"grave\""));
        Files.writeString(dir.resolve("shard.json"), text.replace("\"index\": 1", "\"index\": 3"));
        Files.writeString(dir.resolve("line.json"), text.replace("\"line\": 1", "\"line\": \"one\""));
        assertRefused("severity.json", "damaged ('severity'");
        assertRefused("shard.json", "damaged (shard 3 of 2");
        assertRefused("line.json", "damaged ('line'");
    }

    private void assertRefused(String name, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> ShardFile.read(dir.resolve(name), name));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void writesUtf8Json() throws IOException {
        Path file = write("part.json", run(1, 1, "c", "d\u00e9j\u00e0.md"), "1");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"contentlint-shard\",\n  \"version\": 1,"), text);
        assertTrue(text.contains("d\u00e9j\u00e0.md"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void docsDescribeEveryMemberWritten() throws IOException {
        String docs = Files.readString(Path.of("../docs/ci-sharding.md"));
        String section = docs.substring(docs.indexOf("## The shard file, version " + ShardFile.VERSION));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(section);
        while (m.find()) documented.add(m.group(1));
        Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(Files.readString(
                write("part.json", run(1, 1, "c", "a.md"), "1")));
        java.util.Set<String> written = new java.util.TreeSet<>(doc.keySet());
        written.addAll(((Map<String, Object>) ((List<Object>) doc.get("files")).get(0)).keySet());
        assertEquals(written, documented);
    }
}
