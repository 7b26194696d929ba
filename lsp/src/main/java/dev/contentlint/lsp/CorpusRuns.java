package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The corpus rules (unused glossary entries, passages duplicated across pages) over each workspace folder: the
 * files on disk with the open buffers in place of their files. A run starts at initialization and again once the
 * documents have been quiet for the corpus debounce time; runs take one thread and one worker, one at a time, and
 * only the corpus rules run, so they cost a parse of each file and no LanguageTool. A folder whose config enables
 * no corpus rule for a page at its top is not run at all.
 */
final class CorpusRuns implements AutoCloseable {
    private static final String PROBE = "index.md";

    private final Configs configs;
    private final Linting linting;
    private final long debounceMillis;
    private final Supplier<List<OpenDocument>> open;
    private final Runnable done;
    private final Consumer<String> log;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Checker.daemon("contentlint-corpus", 16L << 20));
    private final Map<Path, List<Finding>> byPath = new ConcurrentHashMap<>();
    private final Map<String, RuleMeta> rules = new ConcurrentHashMap<>();
    private ScheduledFuture<?> next;

    /**
     * @param open the documents open now
     * @param done told after each run, to publish the new findings
     */
    CorpusRuns(Configs configs, Linting linting, long debounceMillis, Supplier<List<OpenDocument>> open, Runnable done,
               Consumer<String> log) {
        this.configs = configs;
        this.linting = linting;
        this.debounceMillis = debounceMillis;
        this.open = open;
        this.done = done;
        this.log = log;
    }

    /** A run after the debounce time, replacing one that has not started yet. */
    synchronized void request() {
        if (debounceMillis < 0) return;
        if (next != null) next.cancel(false);
        next = thread.schedule(this::runAll, debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** A run now. */
    synchronized void requestNow() {
        if (debounceMillis < 0) return;
        if (next != null) next.cancel(false);
        next = thread.schedule(this::runAll, 0, TimeUnit.MILLISECONDS);
    }

    List<Finding> findings(Path file) {
        return byPath.getOrDefault(file.toAbsolutePath().normalize(), List.of());
    }

    Map<String, RuleMeta> rules() {
        return rules;
    }

    private void runAll() {
        Map<Path, List<Finding>> found = new HashMap<>();
        for (Path folder : configs.folders()) {
            try {
                run(folder, found);
            } catch (RuntimeException e) {
                log.accept("corpus rules over " + folder + " failed: " + e.getMessage());
            }
        }
        byPath.keySet().retainAll(found.keySet());
        byPath.putAll(found);
        done.run();
    }

    private void run(Path folder, Map<Path, List<Finding>> found) {
        if (!Files.isDirectory(folder)) return;
        Configs.Scope scope = configs.scope(folder.resolve(PROBE));
        Config corpusOnly = new RuleFilterConfig(scope.config(), Linting::isCorpusRule, "corpus rules");
        if (corpusOnly.forFile(scope.configPath(folder.resolve(PROBE))).rules().isEmpty()) return;
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.of(folder));
        for (OpenDocument d : open.get()) {
            if (d.path() == null || !d.path().startsWith(folder) || !Linting.lints(d)) continue;
            inputs.add(Input.buffer(Linting.bufferName(d, folder), d.text().getBytes(StandardCharsets.UTF_8)));
        }
        RunResult r = linting.engine(corpusOnly, scope.base(), 1).run(inputs);
        for (RuleMeta m : r.rules()) rules.put(m.id(), m);
        for (Finding f : r.findings()) {
            if (!Linting.isCorpusRuleId(linting.registry(), f.ruleId())) continue;
            found.computeIfAbsent(scope.base().resolve(f.path()).normalize(), p -> new ArrayList<>()).add(f);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
