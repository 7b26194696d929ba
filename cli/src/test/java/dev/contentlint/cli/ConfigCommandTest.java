package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contentlint config}: the effective config for a file with provenance, and preset diffs. */
class ConfigCommandTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/base.yml"), """
                extends: strict
                rules:
                  freshness/stale-date:
                    max-age-days: 90
                """);
        Files.writeString(dir.resolve(".contentlint.yml"), """
                extends: ./shared/base.yml
                today: 2026-01-15
                rules:
                  style/weasel-words: off
                overrides:
                  - files: ["docs/**"]
                    rules:
                      structure/empty-section: info
                  - files: ["docs/legal/**"]
                    rules:
                      freshness/stale-date: { severity: info, max-age-days: 730 }
                """);
        cli = new Cli(dir);
    }

    /** The line of text output that starts (after the indent) with {@code name}. */
    private static String line(String out, String name) {
        return Arrays.stream(out.split("\n")).filter(l -> l.strip().startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing from:\n" + out));
    }

    @Test
    void textNamesTheFileLinePresetOrOverrideThatSetEachValue() {
        Cli.Result r = cli.run("config", "docs/legal/terms.md");
        assertEquals(0, r.code(), r.toString());
        String out = r.out();
        assertTrue(out.startsWith("Config: .contentlint.yml\nFile:   docs/legal/terms.md\n"), out);
        assertTrue(line(out, "freshness/stale-date").matches(" *freshness/stale-date +info +"
                + "\\.contentlint\\.yml:11 \\(overrides\\[1\\]\\)"), out);
        assertTrue(line(out, "max-age-days").matches(" *max-age-days +730 +\\.contentlint\\.yml:11 \\(overrides\\[1\\]\\)"),
                out);
        assertTrue(line(out, "front-matter-keys").contains("  default"), "a default option is listed: " + out);
        assertTrue(line(out, "structure/empty-section").matches(" *structure/empty-section +info +"
                + "\\.contentlint\\.yml:8 \\(overrides\\[0\\]\\)"), out);
        assertTrue(line(out, "a11y/heading-order").matches(" *a11y/heading-order +error +preset strict"), out);
        assertTrue(line(out, "today").matches(" *today +2026-01-15 +\\.contentlint\\.yml:2"), out);
        assertTrue(line(out, "language").matches(" *language +en-US +default"), out);
        assertTrue(line(out, "disclaimers").contains("(built-in)"), out);
        assertTrue(line(out, "glossary").matches(" *glossary +\\[\\] +default"), "no files: " + out);
        assertFalse(out.contains("style/weasel-words"), "turned off, so not listed: " + out);
        // The severity column starts at the same place on every rule line.
        int column = line(out, "freshness/stale-date").indexOf("info");
        assertEquals(column, line(out, "a11y/heading-order").indexOf("error"), out);
    }

    @Test
    void outsideTheOverridesTheExtendedFileAndPresetSetTheRule() {
        String out = cli.run("config", "README.md").out();
        assertTrue(line(out, "freshness/stale-date").matches(" *freshness/stale-date +error +preset strict"), out);
        assertTrue(line(out, "max-age-days").matches(" *max-age-days +90 +shared/base\\.yml:4"), out);
        assertTrue(line(out, "structure/empty-section").matches(" *structure/empty-section +error +preset strict"), out);
    }

    @Test
    void jsonGivesValuesAndOriginsForScripts() {
        Cli.Result r = cli.run("config", "--format", "json", "docs/legal/terms.md");
        assertEquals(0, r.code(), r.toString());
        String json = r.out().replaceAll("\\s+", "");
        assertTrue(json.startsWith("{\"config\":\".contentlint.yml\",\"path\":\"docs/legal/terms.md\","), json);
        assertTrue(json.contains("{\"id\":\"freshness/stale-date\",\"severity\":\"info\",\"severityOrigin\":"
                + "{\"kind\":\"file\",\"file\":\".contentlint.yml\",\"line\":11,"
                + "\"keyPath\":\"overrides[1].rules.freshness/stale-date\"}"), json);
        assertTrue(json.contains("{\"key\":\"max-age-days\",\"value\":730,\"origin\":{\"kind\":\"file\","
                + "\"file\":\".contentlint.yml\",\"line\":11,"
                + "\"keyPath\":\"overrides[1].rules.freshness/stale-date.max-age-days\"}}"), json);
        assertTrue(json.contains("{\"id\":\"a11y/heading-order\",\"severity\":\"error\",\"severityOrigin\":"
                + "{\"kind\":\"preset\",\"preset\":\"strict\","), json);
        assertTrue(json.contains("{\"key\":\"today\",\"value\":\"2026-01-15\",\"builtIn\":false,\"origin\":"
                + "{\"kind\":\"file\",\"file\":\".contentlint.yml\",\"line\":2,\"keyPath\":\"today\"}}"), json);
        assertTrue(json.contains("{\"key\":\"language\",\"value\":\"en-US\",\"builtIn\":false,\"origin\":"
                + "{\"kind\":\"default\"}}"), json);
    }

    @Test
    void aFileThatDoesNotExistStillGetsItsConfig() {
        assertFalse(Files.exists(dir.resolve("docs/new/page.md")));
        Cli.Result r = cli.run("config", "docs/new/page.md");
        assertEquals(0, r.code(), r.toString());
        assertTrue(line(r.out(), "structure/empty-section").contains("(overrides[0])"), r.toString());
        Cli.Result none = cli.run("config");
        assertEquals(0, none.code(), none.toString());
        assertTrue(none.out().contains("File:   .\n"), none.toString());
        assertTrue(line(none.out(), "structure/empty-section").endsWith("preset strict"), none.toString());
    }

    @Test
    void withoutAConfigTheBuiltInDefaultIsShown() throws IOException {
        Path empty = dir.resolve("elsewhere");
        Files.createDirectories(empty.resolve(".git"));
        Cli.Result r = new Cli(empty).run("config", "a.md");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Config: none (the built-in default)\n"), r.toString());
        assertTrue(line(r.out(), "freshness/stale-date").matches(" *freshness/stale-date +warning +preset recommended"),
                r.toString());
    }

    @Test
    void diffOfStrictAgainstRecommendedListsWhatStrictAddsAndChanges() {
        Cli.Result r = cli.run("config", "--diff", "strict");
        assertEquals(0, r.code(), r.toString());
        String out = r.out();
        assertTrue(out.startsWith("strict against recommended: "), out);
        // recommended leaves grammar off and does not name missing-date; strict turns both on.
        assertTrue(line(out, "+ grammar/languagetool").endsWith("warning"), out);
        assertTrue(line(out, "+ freshness/missing-date").endsWith("warning"), out);
        assertTrue(line(out, "~ freshness/stale-date").endsWith("warning -> error, max-age-days: 365 -> 180"), out);
        assertTrue(line(out, "~ a11y/table-header").contains("require-headers: false -> true"), out);
        assertFalse(out.contains("a11y/image-alt "), "error in both: " + out);
        assertEquals(out, cli.run("config", "--diff", "strict", "--against", "recommended").out());

        String json = cli.run("config", "--diff", "strict", "--format", "json").out().replaceAll("\\s+", "");
        assertTrue(json.contains("{\"id\":\"grammar/languagetool\",\"change\":\"added\",\"from\":null,"
                + "\"to\":\"warning\",\"options\":[]}"), json);
        assertTrue(json.contains("{\"key\":\"max-age-days\",\"from\":365,\"to\":180}"), json);

        String back = cli.run("config", "--diff", "recommended", "--against", "strict").out();
        assertTrue(line(back, "- grammar/languagetool").endsWith("was warning"), back);
    }

    @Test
    void mistakesSayWhatToChange() {
        Cli.Result unknown = cli.run("config", "--diff", "strictest");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("unknown preset 'strictest'; known presets: recommended, strict"),
                unknown.toString());
        Cli.Result format = cli.run("config", "--format", "yaml");
        assertEquals(2, format.code(), format.toString());
        assertTrue(format.err().contains("use text or json"), format.toString());
        Cli.Result both = cli.run("config", "--diff", "strict", "a.md");
        assertEquals(2, both.code(), both.toString());
        Cli.Result missing = cli.run("config", "--config", "nope.yml");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("nope.yml"), missing.toString());
    }
}
