package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.ProgressListener;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a run uses the LanguageTool daemon is the run's own choice: two engines in one JVM, one with the
 * daemon option and one without, run side by side; only the first sends checks to the daemon, and both report
 * the same findings. A run whose daemon cannot start warns once and checks in its own process.
 */
@Tag("slow")
class DaemonEnginesTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    private static final String PAGE = "# Title\n\nThis is an test of `the the` tool.\n\n- It are wrong here.\n";

    @TempDir
    Path root;

    private static Engine engine(Path base, int jobs, DaemonOption daemon) throws Exception {
        Config config = new ConfigLoader(REGISTRY).load("rules:\n  grammar/languagetool: { severity: warning }\n",
                base.resolve(".contentlint.yml"));
        EngineOptions options = new EngineOptions(base, jobs, true, true, null, null, ProgressListener.NONE)
                .withServiceOption(DaemonOption.class, daemon);
        return new Engine(config, REGISTRY, options);
    }

    private static List<String> lintPage(Engine engine) {
        return shown(engine.run(List.of(Input.stdin(PAGE.getBytes(StandardCharsets.UTF_8), "page.md"))).findings());
    }

    private static List<String> shown(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings)
            out.add(f.path() + ":" + f.location().line() + ":" + f.location().column() + " " + f.message() + " " + f.fixes());
        return out;
    }

    @Test
    void twoEnginesInOneJvmOneWithTheDaemonAndOneWithoutGiveIndependentEqualResults() throws Exception {
        Path folder = DaemonState.folder(root);
        DaemonServerTest.Served daemon = DaemonServerTest.serve(folder, Duration.ofMinutes(5));
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Engine here = engine(root, 1, null);
        Engine viaDaemon = engine(root, 1, new DaemonOption(root, Duration.ofMinutes(5), warnings::add));
        try {
            List<String> expected = lintPage(here);
            assertEquals(2, expected.size(), expected.toString());
            assertEquals(0, daemon.server().checks(), "the engine without the option never contacts the daemon");

            assertEquals(expected, lintPage(viaDaemon));
            long perRun = daemon.server().checks();
            assertTrue(perRun >= 2, "both prose blocks with findings went to the daemon: " + perRun);

            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<List<String>> a = both.submit(() -> lintPage(here));
                Future<List<String>> b = both.submit(() -> lintPage(viaDaemon));
                assertEquals(expected, a.get());
                assertEquals(expected, b.get());
            } finally {
                both.shutdownNow();
            }
            assertEquals(perRun, daemon.server().checks(), "the second run's paragraphs were answered from memory");
            assertEquals(perRun, daemon.server().hits(), "side by side, only the engine with the option used the daemon");
            assertEquals(List.of(), warnings);
        } finally {
            DaemonClient.stop(folder);
            daemon.thread().join(10_000);
        }
    }

    @Test
    void whenNoDaemonCanBeStartedEachRunChecksHereAfterOneWarning() throws Exception {
        Path notAFolder = Files.writeString(root.resolve("file"), "in the way");
        Files.writeString(root.resolve("a.md"), PAGE);
        Files.writeString(root.resolve("b.md"), PAGE);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Engine engine = engine(root, 2, new DaemonOption(notAFolder, Duration.ofMinutes(5), warnings::add));
        List<Input> twoFiles = List.of(new Input.PathOrGlob(root.resolve("a.md").toString()),
                new Input.PathOrGlob(root.resolve("b.md").toString()));
        assertEquals(4, engine.run(twoFiles).findings().size());
        assertEquals(1, warnings.size(), "one warning for the run's two worker threads: " + warnings);
        assertTrue(warnings.get(0).contains("checking grammar and spelling in this process instead"), warnings.get(0));
        assertEquals(4, engine.run(twoFiles).findings().size());
        assertEquals(2, warnings.size(), "the next run has a client of its own and tells its own failure: " + warnings);
    }

    /**
     * LanguageTool throwing on a block inside the daemon: the run gets what it gets in-process, one note for the
     * file at the first block it failed on and the other blocks' findings, with no warning and no fallback to this
     * process. The daemon's checker here throws on blocks naming Xyzzy (the shared repro, on which LanguageTool
     * once threw, is checked too: through the daemon it gives what it gives in-process).
     */
    @Test
    void aLanguageToolFailureInTheDaemonIsTheSameNoteAsInProcess() throws Exception {
        Path folder = DaemonState.folder(root);
        DaemonServer server = new DaemonServer(folder, Duration.ofMinutes(5), message -> { }, () -> {
            InProcessLanguageTool lt = new InProcessLanguageTool();
            return new DaemonServer.Checker() {
                @Override
                public LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings,
                                                         long budgetMillis) throws java.io.IOException {
                    if (text.contains("Xyzzy"))
                        throw new LanguageToolFailure(new IllegalArgumentException("fromPos 12 > toPos 3"));
                    return lt.check(text, ProseUnit.annotated(parts), settings, budgetMillis);
                }

                @Override
                public void close() {
                    lt.close();
                }
            };
        }, RecentResults.DEFAULT_MAX_BYTES, DaemonServer.Transport.UNIX);
        DaemonServerTest.Served daemon = DaemonServerTest.serve(folder, server);
        String page = "# Title\n\nThis is an test of the page.\n\nXyzzy is an test too.\n\nXyzzy is a other one.\n\n"
                + "- It are wrong here.\n";
        byte[] repro = Files.readAllBytes(dev.contentlint.testing.SharedData.path("repro/grammar-internal-error/case0062.html"));
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        try {
            Engine here = engine(root, 1, null);
            Engine viaDaemon = engine(root, 1, new DaemonOption(root, Duration.ofMinutes(5), warnings::add));
            List<Finding> inProcess = here.run(List.of(Input.stdin(page.getBytes(StandardCharsets.UTF_8), "page.md"))).findings();
            List<Finding> daemonRun = viaDaemon.run(List.of(Input.stdin(page.getBytes(StandardCharsets.UTF_8), "page.md")))
                    .findings();

            List<String> expected = new ArrayList<>();
            for (Finding f : inProcess) {
                int line = f.location().line();
                if (line == 5) expected.add("page.md:5:1 Grammar and spelling were not checked in this block and 1 more "
                        + "after it: LanguageTool failed on them (fromPos 12 > toPos 3). []");
                else if (line != 7) expected.add(shown(List.of(f)).get(0));
            }
            assertTrue(expected.size() >= 3, "findings before, in and after the failing blocks in-process: " + inProcess);
            assertEquals(expected, shown(daemonRun), "one note for the file; the blocks after it are checked");
            assertTrue(daemonRun.stream().noneMatch(f -> f.ruleId().startsWith("contentlint/")), daemonRun.toString());

            assertEquals(shown(here.run(List.of(Input.stdin(repro, "case0062.html"))).findings()),
                    shown(viaDaemon.run(List.of(Input.stdin(repro, "case0062.html"))).findings()));
            assertEquals(List.of(), warnings, "the daemon answered every check; nothing fell back to this process");
        } finally {
            DaemonClient.stop(folder);
            daemon.thread().join(10_000);
        }
    }
}
