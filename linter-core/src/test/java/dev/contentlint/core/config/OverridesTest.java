package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static final Path FILE = Path.of("site", ".contentlint.yml");
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private final Config config = loader.load("""
            extends: recommended
            rules:
              freshness/stale-date: { max-age-days: 365, keys: [updated] }
            overrides:
              - files: ["docs/pricing/**"]
                rules:
                  freshness/stale-date: { max-age-days: 30 }
              - files: ["docs/**/*.md"]
                excluded-files: ["docs/legal/**"]
                rules:
                  freshness/stale-date: error
                  structure/empty-section: off
              - files: "*.txt"
                rules:
                  grammar/languagetool: info
              - files: ["docs/pricing/old/**"]
                rules:
                  freshness/stale-date: { severity: warning, date-order: dmy }
            """, FILE);

    private TestRules.StaleDate.Options staleDate(String path) {
        return (TestRules.StaleDate.Options) config.forFile(path).rules().get("freshness/stale-date").options();
    }

    private Severity severity(String path, String rule) {
        var r = config.forFile(path).rules().get(rule);
        return r == null ? null : r.severity();
    }

    @Test
    void noOverrideMatches() {
        assertEquals(365, staleDate("site/index.html").maxAgeDays());
        assertEquals(Severity.WARNING, severity("site/index.html", "freshness/stale-date"));
        assertEquals(Severity.INFO, severity("site/index.html", "structure/empty-section"));
    }

    @Test
    void optionsMergeKeyByKeyOverTheBase() {
        TestRules.StaleDate.Options o = staleDate("docs/pricing/plans.html");
        assertEquals(30, o.maxAgeDays());
        assertEquals(List.of("updated"), o.keys());
    }

    @Test
    void laterOverridesWin() {
        assertEquals(Severity.ERROR, severity("docs/pricing/plans.md", "freshness/stale-date"));
        assertEquals(30, staleDate("docs/pricing/plans.md").maxAgeDays());
        assertEquals(Severity.WARNING, severity("docs/pricing/old/2019.md", "freshness/stale-date"));
        TestRules.StaleDate.Options old = staleDate("docs/pricing/old/2019.md");
        assertEquals(30, old.maxAgeDays());
        assertEquals(TestRules.DateOrder.DMY, old.dateOrder());
    }

    @Test
    void excludedFilesAreLeftOut() {
        assertEquals(Severity.ERROR, severity("docs/guide/a.md", "freshness/stale-date"));
        assertEquals(null, severity("docs/guide/a.md", "structure/empty-section"));
        assertEquals(Severity.WARNING, severity("docs/legal/terms.md", "freshness/stale-date"));
        assertEquals(Severity.INFO, severity("docs/legal/terms.md", "structure/empty-section"));
    }

    @Test
    void anOverrideCanTurnOnARuleTheBaseLeavesOff() {
        assertEquals(Severity.INFO, severity("notes/todo.txt", "grammar/languagetool"));
        assertEquals(null, severity("notes/todo.md", "grammar/languagetool"));
    }

    @Test
    void resultsAreSharedPerSetOfMatchingOverrides() {
        assertSame(config.forFile("docs/guide/a.md"), config.forFile("docs/other/b.md"));
        assertNotSame(config.forFile("docs/guide/a.md"), config.forFile("docs/pricing/b.md"));
        assertSame(config.forFile("a.html"), config.forFile("b/c.html"));
    }

    @Test
    void concurrentCallsAgree() throws Exception {
        List<String> paths = List.of("docs/pricing/a.md", "docs/guide/b.md", "docs/legal/c.md", "x.txt", "y.html");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<FileConfig>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String p = paths.get(i % paths.size());
                futures.add(pool.submit(() -> config.forFile(p)));
            }
            for (int i = 0; i < futures.size(); i++)
                assertSame(config.forFile(paths.get(i % paths.size())), futures.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overrideOptionsAreValidatedWhenTheConfigLoads() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load("""
                rules:
                  freshness/stale-date: on
                overrides:
                  - files: ["docs/**"]
                    rules:
                      freshness/stale-date: { max-age-days: -5 }
                """, FILE));
        assertEquals(FILE + ":6: overrides[0].rules.freshness/stale-date.max-age-days: max-age-days must be > 0",
                e.getMessage());
    }

    @Test
    void overrideShapeErrors() {
        assertEquals(FILE + ":2: overrides[0]: an override needs 'files': the globs it applies to",
                assertThrows(ConfigException.class, () -> loader.load("overrides:\n  - rules: {}\n", FILE)).getMessage());
        assertEquals(FILE + ":3: overrides[0].rule: unknown key 'rule'; did you mean 'rules'?",
                assertThrows(ConfigException.class,
                        () -> loader.load("overrides:\n  - files: a\n    rule: {}\n", FILE)).getMessage());
        assertEquals(FILE + ":2: overrides[0].files: bad glob: unmatched '}' in glob \"a}\"",
                assertThrows(ConfigException.class, () -> loader.load("overrides:\n  - files: a}\n", FILE)).getMessage());
        assertEquals(FILE + ":4: overrides[0].rules.freshness/stale-dat: unknown rule 'freshness/stale-dat'; "
                        + "did you mean 'freshness/stale-date'?",
                assertThrows(ConfigException.class, () -> loader.load(
                        "overrides:\n  - files: a\n    rules:\n      freshness/stale-dat: off\n", FILE)).getMessage());
    }

    @Test
    void excludedFilesUnderItsEslintName() {
        Config c = loader.load("""
                overrides:
                  - files: ["**/*.md"]
                    excludedFiles: ["README.md"]
                    rules: { grammar/languagetool: error }
                """, FILE);
        assertEquals(Severity.ERROR, c.forFile("docs/a.md").rules().get("grammar/languagetool").severity());
        assertEquals(null, c.forFile("README.md").rules().get("grammar/languagetool"));
    }
}
