package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --shard K/N} and {@code contentlint merge}: the shards merged report what one check reports. */
class ShardedRunTest {
    private static final String COPIED = "You can return any item within thirty days of delivery if it is unused "
            + "and still in its original box.";
    private static final int FILES = 12;

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), """
                extends: recommended
                today: 2026-11-26
                glossary: [terms.yml]
                rules:
                  readability/duplicate-passage: { severity: warning }
                """);
        Files.writeString(dir.resolve("terms.yml"), """
                terms:
                  - term: email
                    rejected: [e-mail]
                  - term: escrow
                  - term: delivery
                """);
        for (int i = 0; i < FILES; i++) {
            Path page = dir.resolve("docs/part-" + (i % 3) + "/page-" + i + ".md");
            Files.createDirectories(page.getParent());
            String quiet = i == 5 ? "<!-- contentlint-disable readability/duplicate-passage -->\n\n" : "";
            Files.writeString(page, "# Page " + i + "\n\n" + quiet + "Send us an e-mail about page " + i + ".\n\n"
                    + (i % 4 == 0 ? "" : COPIED + "\n"));
        }
        cli = new Cli(dir);
    }

    private List<String> shards(int count, String... extra) {
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            List<String> args = new ArrayList<>(List.of("check", "--shard", k + "/" + count, "--output", "shards/" + k + ".json"));
            args.addAll(List.of(extra));
            args.add("docs");
            Cli.Result r = cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("Shard " + k + "/" + count + ": checked "), r.toString());
            files.add("shards/" + k + ".json");
        }
        return files;
    }

    private Cli.Result merge(List<String> shards, String... options) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(List.of(options));
        args.addAll(shards);
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void mergedShardsReportWhatOneRunReports() {
        Cli.Result whole = cli.run("check", "--format", "json", "docs");
        assertEquals(0, whole.code(), whole.toString());
        // The rules across files have something to say here, or the comparison would prove little.
        assertTrue(whole.out().contains("\"ruleId\": \"readability/duplicate-passage\""), whole.out());
        assertTrue(whole.out().contains("\"ruleId\": \"glossary/unused-entry\""), whole.out());
        assertTrue(reports(whole.out(), "readability/duplicate-passage", "docs/part-1/page-1.md"), whole.out());
        assertFalse(reports(whole.out(), "readability/duplicate-passage", "docs/part-2/page-5.md"),
                "page 5 disables the rule inline: " + whole.out());

        for (int count : new int[] {1, 3, 5}) {
            Cli.Result merged = merge(shards(count), "--format", "json");
            assertEquals(0, merged.code(), merged.toString());
            assertEquals(whole.out(), merged.out(), count + " shards");
        }
        List<String> three = shards(3);
        assertEquals(cli.run("check", "docs").out(), merge(three).out(), "text output");
        assertEquals(1, cli.run("check", "--fail-on", "warning", "docs").code());
        assertEquals(1, merge(three, "--fail-on", "warning").code());
        assertEquals(0, merge(three, "--fail-on", "warning", "--exit-zero").code());
        Cli.Result sarif = merge(three, "--format", "sarif", "--output", "out/report.sarif");
        assertEquals(0, sarif.code(), sarif.toString());
        assertTrue(Files.exists(dir.resolve("out/report.sarif")));
    }

    @Test
    void mergeKeepsTheShardsSwitchAndDate() {
        Cli.Result whole = cli.run("check", "--format", "json", "--no-inline-config", "--today", "2027-01-01", "docs");
        Cli.Result merged = merge(shards(2, "--no-inline-config", "--today", "2027-01-01"), "--format", "json");
        assertEquals(0, merged.code(), merged.toString());
        assertEquals(whole.out(), merged.out());
        assertTrue(reports(whole.out(), "readability/duplicate-passage", "docs/part-2/page-5.md"),
                "without inline config page 5 reports its copy: " + whole.out());
    }

    @Test
    void mergeRefusesShardsOfAnotherConfigOrAnIncompleteSet() throws IOException {
        List<String> parts = shards(3);
        Cli.Result missing = merge(parts.subList(0, 2));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("shard 3/3 is missing"), missing.toString());
        Cli.Result twice = merge(List.of(parts.get(0), parts.get(1), parts.get(1), parts.get(2)));
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("shard 2/3 is given twice"), twice.toString());

        Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n");
        Cli.Result changed = merge(parts);
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("the config here differs from the one the shards were checked with"), changed.toString());
        assertEquals("", changed.out());

        Cli.Result notShard = merge(List.of(".contentlint.yml"));
        assertEquals(2, notShard.code());
        assertTrue(notShard.err().contains(".contentlint.yml is not a contentlint shard file"), notShard.toString());
    }

    @Test
    void shardRefusesWhatOnlyTheMergeOrAWholeRunCanDo() {
        assertRefused("--shard writes a shard file for 'contentlint merge'; name it with --output", "--shard", "1/2", "docs");
        assertRefused("--fail-on applies to the whole run", "--shard", "1/2", "-o", "s.json", "--fail-on", "info", "docs");
        assertRefused("--format applies to the whole run", "--shard", "1/2", "-o", "s.json", "--format", "json", "docs");
        assertRefused("change files and --shard only checks a part", "--shard", "1/2", "-o", "s.json", "--fix", "docs");
        assertRefused("not standard input", "--shard", "1/2", "-o", "s.json", "-");
        assertRefused("'3/2': K must be from 1 to 2", "--shard", "3/2", "-o", "s.json", "docs");
        assertRefused("is not a shard; write K/N", "--shard", "two", "-o", "s.json", "docs");
        assertFalse(Files.exists(dir.resolve("s.json")));
    }

    /** Whether {@code json} reports a finding of {@code rule} in {@code path}; suppressed findings do not count. */
    private static boolean reports(String json, String rule, String path) {
        int suppressed = json.indexOf("\n  \"suppressed\": ");
        if (suppressed >= 0) json = json.substring(0, suppressed);
        for (String finding : json.split("\"ruleId\": "))
            if (finding.startsWith("\"" + rule + "\"") && finding.contains("\"path\": \"" + path + "\"")) return true;
        return false;
    }

    private void assertRefused(String expected, String... args) {
        Cli.Result r = cli.run(args);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(expected), r.toString());
    }
}
