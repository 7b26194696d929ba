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
}
