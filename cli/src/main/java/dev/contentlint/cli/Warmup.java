package dev.contentlint.cli;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.readability.Syllables;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the rule registry, then the config and parser classes a check needs, on a background thread while
 * picocli reads the command line on the main one. Most of a one-file run is class loading, and picocli's
 * classes cannot go into the class-data archive, so overlapping the two shortens start-up on a multi-core
 * machine. Everything done here is repeated for real by the command; a failure here only costs that time.
 */
final class Warmup implements Runnable {
    private static final String MARKDOWN = """
            ---
            title: Warm-up
            ---
            # Heading

            Last updated: 2026-01-01. Some *prose* with a [link](https://example.com) and <b>HTML</b>.

            | a | b |
            |---|---|
            | 1 | 2 |
            """;
    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
            + "<body><h1>Heading</h1><p>Text <a href=\"#\">link</a></p></body></html>";

    private final Path workingDir;
    private final CompletableFuture<RuleRegistry> registry = new CompletableFuture<>();

    private Warmup(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** Starts warming up on a daemon thread, so it never delays the exit of a command that needs none of it. */
    static Warmup start(Path workingDir) {
        Warmup warmup = new Warmup(workingDir);
        Thread thread = new Thread(warmup, "contentlint-warmup");
        thread.setDaemon(true);
        // The command repeats this work and reports its failures; a second report from here would be noise.
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
        return warmup;
    }

    @Override
    public void run() {
        RuleRegistry loaded;
        try {
            loaded = load();
        } catch (Throwable e) {
            // Whatever happened, the command must not wait forever: it loads the registry again and reports.
            registry.completeExceptionally(e);
            return;
        }
        registry.complete(loaded);
        try {
            new ConfigLoader(loaded).builtin(workingDir);
            Parsers.parse(workingDir.resolve("warmup.md"), "warmup.md", MARKDOWN, Format.MARKDOWN);
            Parsers.parse(workingDir.resolve("warmup.html"), "warmup.html", HTML, Format.HTML);
            // The pronouncing dictionary takes some tens of milliseconds to read; the readability rules of the
            // default preset need it for the first file.
            Syllables.count("warm");
        } catch (RuntimeException | LinkageError e) {
            // Only speed was at stake: the command loads the config and parses the files itself and reports
            // whatever goes wrong there.
        }
    }

    /** The registry loaded in the background; when that failed, loaded again here so the error surfaces. */
    RuleRegistry registry() {
        try {
            return registry.join();
        } catch (CompletionException e) {
            return load();
        }
    }

    static RuleRegistry load() {
        return RuleRegistry.load(Warmup.class.getClassLoader());
    }
}
