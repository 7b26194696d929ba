package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    @TempDir Path root;

    private final RuleRegistry registry = TestRules.registry();
    private static final TestRules.BadWordRule.Options BAD = new TestRules.BadWordRule.Options("bad");

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private EngineOptions options() {
        return EngineOptions.defaults(root).withJobs(2);
    }

    private RunResult run(TestConfig config, EngineOptions options, String... args) {
        List<Input> inputs = new ArrayList<>();
        for (String a : args) inputs.add(Input.of(a));
        return new Engine(config, registry, options, List.of()).withParser(new TestParser()).run(inputs);
    }

    private static List<String> describe(RunResult r) {
        return r.findings().stream().map(f -> f.path() + ":" + f.location().line() + ":" + f.location().column() + " "
                + f.severity().id() + " " + f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void findingsCarryRuleSeverityRelativePathAndPositionInOrder() throws IOException {
        write("docs/b.md", "one bad\nother bad\n");
        write("docs/a.md", "héllo 🙂 bad\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD)
                .rule(new TestRules.OtherWordRule(), Severity.INFO, null);
        RunResult r = run(config, options(), "docs");
        assertEquals(List.of(
                "docs/a.md:1:9 error test/bad-word Avoid 'bad'",
                "docs/b.md:1:5 error test/bad-word Avoid 'bad'",
                "docs/b.md:2:1 info test/other-word Avoid 'other'",
                "docs/b.md:2:7 error test/bad-word Avoid 'bad'"), describe(r));
        assertEquals(new Location(1, 9, 1, 12), r.findings().get(0).location());
        assertEquals(List.of("docs/a.md", "docs/b.md"), r.files());
    }

    @Test
    void aThrowingRuleBecomesAnInternalErrorAndTheRunGoesOn() throws IOException {
        write("a.md", "boom bad\n");
        write("b.md", "fine bad\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.ThrowingRule()).rule(new TestRules.BadWordRule(), null, BAD);
        RunResult r = run(config, options(), ".");
        assertEquals(List.of(
                "a.md:1:1 error contentlint/internal-error Rule test/throws failed on this file: "
                        + "java.lang.IllegalStateException: cannot handle boom. Please report it with this file.",
                "a.md:1:6 error test/bad-word Avoid 'bad'",
                "b.md:1:6 error test/bad-word Avoid 'bad'"), describe(r));
    }

    @Test
    void haltOnErrorRethrowsNamingRuleAndFile() throws IOException {
        write("a.md", "boom\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.ThrowingRule());
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> run(config, options().withHaltOnError(true), "."));
        assertEquals("test/throws", e.ruleId());
        assertEquals("a.md", e.path());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void aStackOverflowInARuleIsAnInternalError() throws IOException {
        write("a.md", "text\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.DeepRule()).rule(new TestRules.OtherWordRule());
        RunResult r = run(config, options(), ".");
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals("contentlint/internal-error", f.ruleId());
        assertTrue(f.message().startsWith("Rule test/deep failed on this file: java.lang.StackOverflowError"), f.message());
    }

    @Test
    void aParserFailureIsAnInternalErrorNamingTheParser() throws IOException {
        write("a.html", "parser-crash\n");
        RunResult r = run(new TestConfig(root).rule(new TestRules.OtherWordRule()), options(), ".");
        assertEquals(List.of("a.html:1:1 error contentlint/internal-error The HTML parser failed on this file: "
                + "java.lang.IllegalArgumentException: parser cannot cope. Please report it with this file."), describe(r));
    }

    @Test
    void aFileOverMaxFileSizeIsSkippedWithAFinding() throws IOException {
        write("big.md", "bad ".repeat(100));
        write("small.md", "bad\n");
        TestConfig config = new TestConfig(root).maxFileSize(100).rule(new TestRules.BadWordRule(), null, BAD);
        RunResult r = run(config, options(), ".");
        assertEquals(List.of(
                "big.md:1:1 warning contentlint/file-too-large File is 400 bytes, more than max-file-size (100 bytes); "
                        + "it was not linted. Raise max-file-size in the config or exclude the file.",
                "small.md:1:1 error test/bad-word Avoid 'bad'"), describe(r));
        assertEquals(List.of("big.md", "small.md"), r.files());
    }

    @Test
    void anUnreadableFileIsAFinding() throws IOException {
        // Tests may run as root, who can read any file; a folder named like a file cannot be read as one.
        Files.createDirectories(root.resolve("dir.md"));
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        Run run = new Run(config, registry, options(), LocalDate.of(2026, 1, 1), null, new TestParser());
        FileLinter.Result result = new FileLinter(run).lint(new SourceFile(root.resolve("dir.md"), "dir.md", Format.MARKDOWN), "dir.md");
        Finding f = result.findings().get(0);
        assertEquals(InternalRules.UNREADABLE, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("Cannot read the file: "), f.message());
        assertEquals(Location.FILE_START, f.location());
    }

    @Test
    void binaryContentIsReportedAndNotLinted() throws IOException {
        Files.write(root.resolve("image.md"), new byte[] {'b', 'a', 'd', 0, 1, 2});
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD).rule(new TestRules.TodayRule());
        RunResult r = run(config, options(), ".");
        assertEquals(List.of("image.md:1:1 info contentlint/binary-file Binary file; not linted."), describe(r));
    }

    @Test
    void parallelRunGivesTheSameResultAsOneThread() throws IOException {
        Random random = new Random(42);
        String[] words = {"bad", "other", "good", "boom", "text", "\n"};
        for (int i = 0; i < 120; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 60; w++) sb.append(words[random.nextInt(words.length)]).append(' ');
            write("d" + (i % 7) + "/f" + i + ".md", sb.toString());
        }
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD)
                .rule(new TestRules.OtherWordRule()).rule(new TestRules.ThrowingRule()).rule(new TestRules.CountingCorpusRule());
        RunResult one = run(config, options().withJobs(1), ".");
        RunResult four = run(config, options().withJobs(4), ".");
        assertTrue(one.findings().size() > 1000, "findings: " + one.findings().size());
        assertEquals(one.findings(), four.findings());
        assertEquals(one.files(), four.files());
        assertEquals(120, four.files().size());
    }

    @Test
    void progressIsReportedForEveryFile() throws IOException {
        for (int i = 0; i < 5; i++) write("f" + i + ".md", "x");
        List<Integer> done = new CopyOnWriteArrayList<>();
        run(new TestConfig(root), options().withProgress((d, total) -> {
            assertEquals(5, total);
            done.add(d);
        }), ".");
        assertEquals(List.of(1, 2, 3, 4, 5), done.stream().sorted().toList());
    }

    @Test
    void corpusRuleSeesEverySummaryAndReportsWithEachFilesSeverityAndSuppressions() throws IOException {
        write("a.md", "bad bad\n");
        write("b.md", "bad\n");
        write("c.md", "nothing here\n");
        write("quiet/d.md", "<!-- contentlint-disable test/corpus -->\nbad\n");
        write("off/e.md", "bad\n");
        TestConfig config = new TestConfig(root).today(LocalDate.of(2026, 11, 26))
                .rule(new TestRules.CountingCorpusRule())
                .override((path, rules) -> {
                    if (path.startsWith("off/")) rules.remove("test/corpus");
                    if (path.equals("b.md")) rules.computeIfPresent("test/corpus",
                            (id, e) -> new dev.contentlint.core.config.FileConfig.EnabledRule(e.meta(), e.rule(), Severity.ERROR, null));
                    return rules;
                });
        RunResult r = run(config, options(), ".");
        // off/e.md has the rule disabled, so it has no summary; quiet/d.md counts but its finding is suppressed.
        assertEquals(List.of(
                "a.md:1:1 warning test/corpus 4 in 3 files; enabled here: true; 2026-11-26",
                "b.md:1:1 error test/corpus 4 in 3 files; enabled here: true; 2026-11-26"), describe(r));
    }

    @Test
    void servicesAreCreatedLazilyOncePerRunOrOncePerWorkerThreadAndClosedAtTheEnd() throws IOException {
        for (int i = 0; i < 40; i++) write("f" + i + ".md", "text " + i);
        TestRules.RecorderFactory perThread = new TestRules.RecorderFactory();
        TestRules.SharedRecorderFactory shared = new TestRules.SharedRecorderFactory();
        List<ServiceFactory<?>> factories = List.of(perThread, shared);
        TestConfig config = new TestConfig(root).rule(new TestRules.ServiceRule());
        new Engine(config, registry, options().withJobs(3), factories).withParser(new TestParser()).run(List.of(Input.of(".")));
        assertEquals(1, shared.created.get());
        assertEquals("en-US", shared.language);
        assertEquals(1, shared.last.closed.get(), "closed once when the run ends");
        assertTrue(perThread.created.get() >= 1 && perThread.created.get() <= 3, "created " + perThread.created.get());
        for (TestRules.Recorder rec : perThread.instances) assertEquals(1, rec.threads.size(), rec.threads.toString());

        TestRules.RecorderFactory unused = new TestRules.RecorderFactory();
        new Engine(new TestConfig(root).rule(new TestRules.OtherWordRule()), registry, options(), List.of(unused))
                .withParser(new TestParser()).run(List.of(Input.of(".")));
        assertEquals(0, unused.created.get());
    }

    @Test
    void aMissingServiceIsAnInternalErrorSayingWhatIsMissing() throws IOException {
        write("a.md", "x");
        RunResult r = run(new TestConfig(root).rule(new TestRules.ServiceRule()), options(), ".");
        assertTrue(r.findings().get(0).message().contains("No service factory provides "
                + TestRules.Recorder.class.getName()), r.findings().get(0).message());
    }

    @Test
    void todayComesFromOptionsThenConfigThenTheSystemClock() throws IOException {
        write("a.md", "x");
        TestConfig config = new TestConfig(root).rule(new TestRules.TodayRule());
        LocalDate before = LocalDate.now();
        String system = run(config, options(), ".").findings().get(0).message();
        assertTrue(system.equals("today is " + before) || system.equals("today is " + LocalDate.now()), system);
        config.today(LocalDate.of(2025, 5, 5));
        assertEquals("today is 2025-05-05", run(config, options(), ".").findings().get(0).message());
        assertEquals("today is 2024-02-29",
                run(config, options().withToday(LocalDate.of(2024, 2, 29)), ".").findings().get(0).message());
    }

    @Test
    void inlineSuppressionsHideFindingsAndUnknownIdsAreReported() throws IOException {
        write("a.md", "evil other\n<!-- contentlint-disable-next-line test/bad-word -->\nevil other\n"
                + "<!-- contentlint-disable test/nope -->\nevil\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, new TestRules.BadWordRule.Options("evil"))
                .rule(new TestRules.OtherWordRule());
        assertEquals(List.of(
                "a.md:1:1 error test/bad-word Avoid 'evil'",
                "a.md:1:6 warning test/other-word Avoid 'other'",
                "a.md:3:6 warning test/other-word Avoid 'other'",
                "a.md:4:26 warning contentlint/inline-config Unknown rule 'test/nope' in contentlint-disable; "
                        + "check the id against `contentlint rules`.",
                "a.md:5:1 error test/bad-word Avoid 'evil'"), describe(run(config, options(), ".")));

        List<String> ignored = describe(run(config, options().withInlineConfig(false), "."));
        assertEquals(List.of(
                "a.md:1:1 error test/bad-word Avoid 'evil'",
                "a.md:1:6 warning test/other-word Avoid 'other'",
                "a.md:3:1 error test/bad-word Avoid 'evil'",
                "a.md:3:6 warning test/other-word Avoid 'other'",
                "a.md:5:1 error test/bad-word Avoid 'evil'"), ignored);
    }

    @Test
    void internalErrorsAreNeverSuppressed() throws IOException {
        write("a.md", "<!-- contentlint-disable -->\nboom bad\n");
        TestConfig config = new TestConfig(root).rule(new TestRules.ThrowingRule()).rule(new TestRules.BadWordRule(), null, BAD);
        List<String> found = describe(run(config, options(), "."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("contentlint/internal-error"));
    }

    @Test
    void stdinIsOneDocumentNamedAsGiven() {
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        RunResult r = new Engine(config, registry, options(), List.of()).withParser(new TestParser())
                .run(List.of(Input.stdin("x\nbad\n".getBytes(StandardCharsets.UTF_8), "draft.md")));
        assertEquals(List.of("draft.md:2:1 error test/bad-word Avoid 'bad'"), describe(r));
        assertEquals(List.of("draft.md"), r.files());
        assertTrue(config.forFileCalls.contains("draft.md"));
    }

    @Test
    void optionsOfTheWrongTypeAreAnInternalError() throws IOException {
        write("a.md", "x");
        TestConfig config = new TestConfig(root).rule(new TestRules.WrongOptionsRule(), null, BAD)
                .rule(new TestRules.BadWordRule(), null, new TestRules.BadWordRule.Options("x"));
        // BAD is a BadWordRule.Options, which WrongOptionsRule asks for: fine. Now give it the wrong record.
        assertEquals(List.of("a.md:1:1 error test/bad-word Avoid 'x'"), describe(run(config, options(), ".")));
        TestConfig wrong = new TestConfig(root).rule(new TestRules.WrongOptionsRule(), null, new Wrong(1));
        Finding f = run(wrong, options(), ".").findings().get(0);
        assertEquals(InternalRules.INTERNAL_ERROR, f.ruleId());
        assertTrue(f.message().contains("asked for options of type " + TestRules.BadWordRule.Options.class.getName()
                + " but its options are " + Wrong.class.getName()), f.message());
    }

    record Wrong(int n) {}

    @Test
    void forFileGetsThePathRelativeToTheConfigFolder() throws IOException {
        write("docs/a.md", "x");
        TestConfig config = new TestConfig(root).rule(new TestRules.OtherWordRule());
        RunResult r = new Engine(config, registry, EngineOptions.defaults(root.resolve("docs")), List.of())
                .withParser(new TestParser()).run(List.of(Input.of("a.md")));
        assertEquals(List.of("a.md"), r.files());
        assertEquals(List.of("docs/a.md"), config.forFileCalls);
    }

    @Test
    void rulesInPlayAreTheEnabledRulesAndEveryInternalId() throws IOException {
        write("a.md", "x");
        TestConfig config = new TestConfig(root).rule(new TestRules.OtherWordRule())
                .override((path, rules) -> path.equals("a.md") ? rules : java.util.Map.of());
        RunResult r = run(config, options(), ".");
        List<String> ids = r.rules().stream().map(RuleMeta::id).toList();
        List<String> expected = new ArrayList<>(InternalRules.all().stream().map(RuleMeta::id).toList());
        expected.add("test/other-word");
        assertEquals(expected.stream().sorted().toList(), ids);
        assertEquals(Severity.ERROR, r.rule("contentlint/internal-error").severity());
    }

    @Test
    void missingInputIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> run(new TestConfig(root), options(), "docs/missing.md"));
        assertEquals("No such file or directory: docs/missing.md", e.getMessage());
    }

    @Test
    void theRunCacheSkipsUnchangedFilesAndStillFeedsCorpusRules() throws IOException {
        write("a.md", "bad\n");
        write("b.md", "<!-- contentlint-disable test/corpus -->\nbad bad\n");
        Path cacheDir = root.resolve(".cache");
        TestRules.CountingRule counting = new TestRules.CountingRule();
        TestConfig config = new TestConfig(root).today(LocalDate.of(2026, 11, 26)).rule(counting)
                .rule(new TestRules.CountingCorpusRule());
        EngineOptions cached = options().withCacheDirectory(cacheDir);
        RunResult first = run(config, cached, ".");
        assertEquals(2, counting.runs.get());
        RunResult second = run(config, cached, ".");
        assertEquals(2, counting.runs.get(), "unchanged files are not linted again");
        assertEquals(first.findings(), second.findings());
        assertEquals(List.of(
                "a.md:1:1 warning test/corpus 3 in 2 files; enabled here: true; 2026-11-26",
                "a.md:1:1 warning test/counting seen",
                "b.md:1:1 warning test/counting seen"), describe(second));
        assertEquals("S", second.findings().get(1).fixes().get(0).replacement());

        write("b.md", "changed\n");
        run(config, cached, ".");
        assertEquals(3, counting.runs.get(), "only the changed file runs again");
        run(config, cached.withToday(LocalDate.of(2027, 1, 1)), ".");
        assertEquals(5, counting.runs.get(), "another date may change every finding");
        run(config, options(), ".");
        assertEquals(7, counting.runs.get(), "no cache folder, no cache");
    }

    @Test
    void aCacheEntryWithAnyByteChangedIsNeverServedAndIsWrittenAgain() throws IOException {
        write("a.md", "bad\n");
        TestRules.CountingRule counting = new TestRules.CountingRule();
        TestConfig config = new TestConfig(root).today(LocalDate.of(2026, 11, 26)).rule(counting);
        Path cacheDir = root.resolve(".cache");
        EngineOptions cached = options().withCacheDirectory(cacheDir);
        List<Finding> uncached = run(config, options(), "a.md").findings();
        assertEquals(uncached, run(config, cached, "a.md").findings());
        Path entry;
        try (java.util.stream.Stream<Path> files = Files.walk(cacheDir)) {
            entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(entry);
        for (int offset = 0; offset <= good.length; offset++) {
            byte[] bad = offset == good.length ? java.util.Arrays.copyOf(good, good.length / 2) : good.clone();
            if (offset < good.length) bad[offset] ^= (byte) (offset % 2 == 0 ? 0x01 : 0xa5);
            Files.write(entry, bad);
            int runs = counting.runs.get();
            assertEquals(uncached, run(config, cached, "a.md").findings(), "byte " + offset);
            assertEquals(runs + 1, counting.runs.get(), "linted again, not served: byte " + offset);
            assertEquals(java.util.HexFormat.of().formatHex(good), java.util.HexFormat.of().formatHex(Files.readAllBytes(entry)),
                    "written again: byte " + offset);
        }
        int runs = counting.runs.get();
        assertEquals(uncached, run(config, cached, "a.md").findings());
        assertEquals(runs, counting.runs.get(), "the rewritten entry is served");
    }

    @Test
    void cachedFilesAreNotParsedAgainWhenTheCorpusRulesStoredTheirSummaries() throws IOException {
        write("a.md", "bad\n");
        write("b.md", "bad bad\n");
        write("c.md", "<!-- contentlint-disable test/corpus -->\nbad\n");
        write("d.md", "nothing to count\n");
        TestConfig config = new TestConfig(root).today(LocalDate.of(2026, 11, 26)).rule(new TestRules.CountingCorpusRule());
        EngineOptions cached = options().withCacheDirectory(root.resolve(".cache"));
        try {
            TestRules.CountingCorpusRule.storing = true;
            RunResult first = run(config, cached, ".");
            int summarized = TestRules.CountingCorpusRule.SUMMARIZED.get();
            RunResult second = run(config, cached, ".");
            assertEquals(first.findings(), second.findings(), "the same corpus findings from stored summaries");
            assertEquals(List.of(
                    "a.md:1:1 warning test/corpus 4 in 3 files; enabled here: true; 2026-11-26",
                    "b.md:1:1 warning test/corpus 4 in 3 files; enabled here: true; 2026-11-26"), describe(second));
            assertEquals(summarized, TestRules.CountingCorpusRule.SUMMARIZED.get(),
                    "no file is parsed again, c.md with its inline comment included: the entry holds the comment");

            write("b.md", "bad\n");
            RunResult third = run(config, cached, ".");
            assertEquals("a.md:1:1 warning test/corpus 3 in 3 files; enabled here: true; 2026-11-26", describe(third).get(0),
                    "a changed file is summarized afresh and the stored summaries join it");

            TestRules.CountingCorpusRule.storing = false;
            run(config, options().withCacheDirectory(root.resolve(".cache2")), ".");
            int before = TestRules.CountingCorpusRule.SUMMARIZED.get();
            run(config, options().withCacheDirectory(root.resolve(".cache2")), ".");
            assertEquals(before + 3, TestRules.CountingCorpusRule.SUMMARIZED.get(),
                    "a rule that stores nothing has every counting file parsed again");
        } finally {
            TestRules.CountingCorpusRule.storing = true;
        }
    }

    @Test
    void aConfigProblemARuleFindsEndsTheRunWithItsMessage() throws IOException {
        write("a.md", "x");
        write("b.md", "y");
        TestConfig config = new TestConfig(root).rule(new TestRules.ConfigErrorRule()).rule(new TestRules.OtherWordRule());
        dev.contentlint.core.rule.ConfigException e = assertThrows(dev.contentlint.core.rule.ConfigException.class,
                () -> run(config, options(), "."));
        assertEquals("glossary: pattern '[' is not a valid regular expression; escape the bracket", e.getMessage());
    }
}
