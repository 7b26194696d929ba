package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does with inline disable comments: keeps what they hide as suppressed, and reports those that hide nothing. */
class InlineSuppressionRunTest {
    @TempDir Path root;

    private final RuleRegistry registry = TestRules.registry(new TestRules.BadWordRule(), new TestRules.OtherWordRule(),
            new TestRules.ThrowingRule(), new TestRules.CountingCorpusRule(), new TestRules.CountingRule());

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private EngineOptions options() {
        return EngineOptions.defaults(root).withJobs(2);
    }

    private RunResult run(TestConfig config, EngineOptions options) {
        return new Engine(config, registry, options, List.of()).withParser(new TestParser()).run(List.of(Input.of(".")));
    }

    /** Reports "evil", which no comment holds, and "other". */
    private TestConfig words() {
        return new TestConfig(root).rule(new TestRules.BadWordRule(), null, new TestRules.BadWordRule.Options("evil"))
                .rule(new TestRules.OtherWordRule());
    }

    private static List<String> describe(RunResult r) {
        return r.findings().stream().map(f -> f.path() + ":" + f.location().line() + " " + f.severity().id() + " "
                + f.ruleId() + " " + f.message()).toList();
    }

    private static List<String> hidden(RunResult r) {
        return r.suppressed().stream().map(s -> s.finding().path() + ":" + s.finding().location().line() + " "
                + s.finding().ruleId() + " " + s.kind().id() + " " + s.justification() + " at " + s.location().line())
                .toList();
    }

    @Test
    void hiddenFindingsAreKeptAsInSourceSuppressionsWithTheirReason() throws IOException {
        write("a.md", "<!-- contentlint-disable-next-line test/bad-word -- quoted from the 2019 release -->\n"
                + "evil other\n<!-- contentlint-disable test/other-word -->\nother\n");
        RunResult r = run(words(), options());
        assertEquals(List.of("a.md:2 warning test/other-word Avoid 'other'"), describe(r));
        // The test parser keeps comments in the text, so the comment naming test/other-word holds an "other" too.
        assertEquals(List.of("a.md:2 test/bad-word inSource quoted from the 2019 release at 1",
                "a.md:3 test/other-word inSource null at 3", "a.md:4 test/other-word inSource null at 3"), hidden(r));
        assertEquals(new Location(1, 1, 1, 85), r.suppressed().get(0).location());
        assertEquals(0, r.suppressed(SuppressedFinding.Kind.EXTERNAL));
    }

    @Test
    void directivesThatHideNothingAreReportedOnlyWhenAskedAtTheSeverityAsked() throws IOException {
        write("a.md", "<!-- contentlint-disable-next-line test/bad-word -->\nfine\n"
                + "other <!-- contentlint-disable-line test/other-word -->\n");
        assertEquals(List.of(), describe(run(words(), options())), "not asked: nothing");
        RunResult r = run(words(), options().withUnusedDirectives(Severity.ERROR));
        assertEquals(List.of("a.md:1 error contentlint/unused-disable-directive This contentlint-disable-next-line "
                + "comment names test/bad-word, which hides no finding here; remove the comment."), describe(r));
        assertEquals(2, r.suppressed().size(), "the used one hid its findings");
        assertTrue(r.rules().stream().anyMatch(m -> m.id().equals(InternalRules.UNUSED_DIRECTIVE)));
    }

    @Test
    void aDirectiveNamingARuleOffForTheFileIsUnusedAndSaysSo() throws IOException {
        write("drafts/a.md", "<!-- contentlint-disable-file test/other-word -->\nother\n");
        write("b.md", "<!-- contentlint-disable-file test/other-word -->\nother\n");
        TestConfig config = words().override((path, rules) -> {
            if (path.startsWith("drafts/")) rules.remove("test/other-word");
            return rules;
        });
        assertEquals(List.of("drafts/a.md:1 warning contentlint/unused-disable-directive This contentlint-disable-file "
                + "comment names test/other-word, which hides no finding here (the rule is off for this file); remove "
                + "the comment."), describe(run(config, options().withUnusedDirectives(Severity.WARNING))));
    }

    @Test
    void aDirectiveThatHidesOnlyACorpusFindingIsUsed() throws IOException {
        write("a.md", "bad\n");
        write("quiet/d.md", "<!-- contentlint-disable test/corpus -->\nbad\n");
        write("quiet/e.md", "<!-- contentlint-disable test/corpus -->\nnothing to count\n");
        TestConfig config = new TestConfig(root).today(LocalDate.of(2026, 11, 26)).rule(new TestRules.CountingCorpusRule());
        EngineOptions cached = options().withUnusedDirectives(Severity.WARNING).withCacheDirectory(root.resolve(".cache"));
        RunResult r = run(config, cached);
        assertEquals(List.of(
                "a.md:1 warning test/corpus 2 in 2 files; enabled here: true; 2026-11-26",
                "quiet/e.md:1 warning contentlint/unused-disable-directive This contentlint-disable comment names "
                        + "test/corpus, which hides no finding here; remove the comment."), describe(r));
        assertEquals(List.of("quiet/d.md:1 test/corpus inSource null at 1"), hidden(r));

        int summarized = TestRules.CountingCorpusRule.SUMMARIZED.get();
        RunResult again = run(config, cached);
        assertEquals(summarized, TestRules.CountingCorpusRule.SUMMARIZED.get(), "every file served from the cache");
        assertEquals(r.findings(), again.findings());
        assertEquals(r.suppressed(), again.suppressed(), "the stored comments meet the corpus findings");
    }

    @Test
    void aFileARuleFailedOnHasNoUnusedDirectivesReported() throws IOException {
        write("a.md", "<!-- contentlint-disable-next-line test/throws -->\nboom\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.ThrowingRule());
        List<String> found = describe(run(config, options().withUnusedDirectives(Severity.WARNING)));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(InternalRules.INTERNAL_ERROR), found.get(0));
    }

    @Test
    void theRunCacheServesHiddenFindingsAndDirectivesAsTheFirstRunFoundThem() throws IOException {
        write("a.md", "<!-- contentlint-disable-line test/counting -- generated -->\n"
                + "<!-- contentlint-disable-next-line test/bad-word -->\nfine\n");
        TestRules.CountingRule counting = new TestRules.CountingRule();
        TestConfig config = words().rule(counting);
        EngineOptions cached = options().withCacheDirectory(root.resolve(".cache")).withUnusedDirectives(Severity.WARNING);
        RunResult first = run(config, cached);
        RunResult second = run(config, cached);
        assertEquals(1, counting.runs.get(), "served from the cache");
        assertEquals(first.findings(), second.findings());
        assertEquals(first.suppressed(), second.suppressed());
        assertEquals(List.of("a.md:1 test/counting inSource generated at 1"), hidden(second));
        assertEquals(List.of("a.md:2 warning contentlint/unused-disable-directive This contentlint-disable-next-line "
                + "comment names test/bad-word, which hides no finding here; remove the comment."), describe(second));

        RunResult plain = run(config, options().withCacheDirectory(root.resolve(".cache")));
        assertEquals(1, counting.runs.get(), "reporting unused comments or not is no part of the entry");
        assertEquals(List.of(), describe(plain));
        assertEquals(first.suppressed(), plain.suppressed());
    }

    @Test
    void anEntryWithoutItsInlineDirectivesIsLintedAgain() {
        assertNull(StoredParts.suppressions(Map.of()), "an entry written before entries kept them");
        java.util.Map<String, String> none = new java.util.HashMap<>();
        none.put(StoredParts.INLINE, null);
        assertSame(Suppressions.NONE, StoredParts.suppressions(none));
        assertNull(StoredParts.suppressions(Map.of(StoredParts.INLINE, "not fields")), "unreadable: linted again");
    }
}
