package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Loads LanguageTool in the background when a workspace folder's config enables grammar or spelling, by checking
 * one sentence with those rules alone: the instances that loads go to LanguageTool's pool, where the check thread
 * finds them. Until then buffers are checked without those rules, so the first findings do not wait seconds for
 * LanguageTool; once it is loaded, every open document is checked again with them.
 */
final class GrammarWarmup {
    private static final String PROBE = "index.md";
    private static final String SENTENCE = "This sentence loads LanguageTool before the first page needs it.\n";

    /** Begins a progress report and returns what ends it. */
    interface Progress {
        AutoCloseable begin(String title, String message);
    }

    private final Configs configs;
    private final Linting linting;
    private final Progress progress;
    private final Consumer<String> log;
    private volatile boolean ready = true;

    GrammarWarmup(Configs configs, Linting linting, Progress progress, Consumer<String> log) {
        this.configs = configs;
        this.linting = linting;
        this.progress = progress;
        this.log = log;
    }

    boolean ready() {
        return ready;
    }

    /** Starts loading on a thread of its own; {@code loaded} is told when done (also when nothing needed it). */
    synchronized void start(Runnable loaded) {
        ready = false;
        Thread t = new Thread(null, () -> {
            try {
                load();
            } finally {
                ready = true;
                loaded.run();
            }
        }, "contentlint-languagetool-load", 16L << 20);
        t.setDaemon(true);
        t.start();
    }

    private void load() {
        for (Path folder : configs.folders()) {
            try {
                Configs.Scope scope = configs.scope(folder.resolve(PROBE));
                Config onlyLt = new RuleFilterConfig(scope.config(), Linting::usesLanguageTool, "LanguageTool rules");
                if (onlyLt.forFile(scope.configPath(folder.resolve(PROBE))).rules().isEmpty()) continue;
                try (AutoCloseable ignored = progress.begin("contentlint", "Loading LanguageTool for grammar and spelling")) {
                    long start = System.nanoTime();
                    linting.lint(new OpenDocument(null, folder.resolve("contentlint-warm-up.md"), "markdown", 0, SENTENCE),
                            scope.base(), onlyLt);
                    log.accept("LanguageTool loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            } catch (Exception e) {
                // The first check that needs LanguageTool loads it itself and reports what is wrong.
                log.accept("loading LanguageTool in the background failed: " + e.getMessage());
            }
        }
    }
}
