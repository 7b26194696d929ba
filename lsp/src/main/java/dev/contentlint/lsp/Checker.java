package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.InternalRules;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Checks open documents as they change: a change waits out the debounce time, then the buffer is linted on the
 * one check thread (so the server holds one LanguageTool, not one per document). A check whose document changed
 * while it ran is superseded: its result is never published, and the check of the newer text runs next. The
 * running check is not interrupted, because the LanguageTool results it has computed by then are kept per
 * paragraph and make the next check shorter; interrupting would also hand its LanguageTool back to the pool while
 * still in use.
 */
final class Checker implements AutoCloseable {
    /** The findings of one check of one document, and the text they are positions in. */
    record Checked(int version, String text, List<Finding> findings, Map<String, RuleMeta> rules) {}

    static final String CONFIG_ERROR = "contentlint/config";

    private final Configs configs;
    private final Linting linting;
    private final ServerOptions options;
    private final Consumer<PublishDiagnosticsParams> publisher;
    private final Consumer<String> log;
    private final Consumer<String> trace;
    private final Set<String> corpusIds;
    private final Map<String, OpenDocument> docs = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("contentlint-debounce", 0));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("contentlint-check", 16L << 20));
    private final AtomicLong superseded = new AtomicLong();
    private volatile BooleanSupplier grammarReady = () -> true;
    private volatile CorpusRuns corpus;

    /**
     * @param log   hears what the user should see in the editor's log
     * @param trace hears one line per check (standard error only): its document, version and time
     */
    Checker(Configs configs, Linting linting, ServerOptions options, Consumer<PublishDiagnosticsParams> publisher,
            Consumer<String> log, Consumer<String> trace) {
        this.configs = configs;
        this.linting = linting;
        this.options = options;
        this.publisher = publisher;
        this.log = log;
        this.trace = trace;
        Set<String> ids = new java.util.HashSet<>();
        for (String id : linting.registry().ids()) if (linting.registry().rule(id) instanceof CorpusRule<?>) ids.add(id);
        this.corpusIds = Set.copyOf(ids);
    }

    static java.util.concurrent.ThreadFactory daemon(String name, long stack) {
        return r -> {
            Thread t = new Thread(null, r, name, stack);
            t.setDaemon(true);
            return t;
        };
    }

    /** Until {@code ready} says so, buffers are checked without the rules that need LanguageTool. */
    void grammarReady(BooleanSupplier ready) {
        this.grammarReady = ready;
    }

    void corpus(CorpusRuns runs) {
        this.corpus = runs;
    }

    OpenDocument document(String uri) {
        return docs.get(uri);
    }

    List<OpenDocument> documents() {
        return new ArrayList<>(docs.values());
    }

    /** The last published check of {@code uri}, if it is of the document's current text. */
    Checked current(String uri) {
        OpenDocument d = docs.get(uri);
        Checked c = checked.get(uri);
        return d != null && c != null && c.version() == d.version() && c.text().equals(d.text()) ? c : null;
    }

    /** Corpus findings of the document at {@code uri}, from the last run over its workspace. */
    List<Finding> corpusFindings(String uri) {
        OpenDocument d = docs.get(uri);
        CorpusRuns runs = corpus;
        return d == null || d.path() == null || runs == null ? List.of() : runs.findings(d.path());
    }

    /** How many checks were superseded by a newer change before they could publish. */
    long superseded() {
        return superseded.get();
    }

    void opened(OpenDocument doc) {
        docs.put(doc.uri(), doc);
        schedule(doc.uri(), 0);
        corpusChanged();
    }

    void changed(OpenDocument doc) {
        docs.put(doc.uri(), doc);
        schedule(doc.uri(), options.debounceMillis());
        corpusChanged();
    }

    void closed(String uri) {
        docs.remove(uri);
        checked.remove(uri);
        ScheduledFuture<?> f = pending.remove(uri);
        if (f != null) f.cancel(false);
        publisher.accept(new PublishDiagnosticsParams(uri, List.of()));
    }

    /** Checks every open document again now (after a config change, or once LanguageTool is loaded). */
    void recheckAll() {
        for (String uri : docs.keySet()) schedule(uri, 0);
    }

    private void corpusChanged() {
        CorpusRuns runs = corpus;
        if (runs != null) runs.request();
    }

    private void schedule(String uri, long delayMillis) {
        pending.compute(uri, (k, old) -> {
            if (old != null) old.cancel(false);
            return timer.schedule(() -> enqueue(uri), delayMillis, TimeUnit.MILLISECONDS);
        });
    }

    private void enqueue(String uri) {
        // A document already waiting for the check thread is checked with its newest text when its turn comes.
        if (queued.add(uri)) worker.execute(() -> check(uri));
    }

    private void check(String uri) {
        queued.remove(uri);
        OpenDocument doc = docs.get(uri);
        if (doc == null) return;
        long started = System.nanoTime();
        Checked result = Linting.lints(doc) ? lint(doc) : new Checked(doc.version(), doc.text(), List.of(), Map.of());
        OpenDocument now = docs.get(uri);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (now == null || now.version() != doc.version() || !now.text().equals(doc.text())) {
            superseded.incrementAndGet();
            trace.accept("check " + uri + " v" + doc.version() + " " + millis + " ms, superseded");
            return;
        }
        checked.put(uri, result);
        publish(uri);
        trace.accept("check " + uri + " v" + doc.version() + " " + millis + " ms, " + result.findings().size() + " findings"
                + (grammarReady.getAsBoolean() ? "" : " (LanguageTool still loading)"));
    }

    private Checked lint(OpenDocument doc) {
        try {
            Configs.Scope scope = configs.scope(doc.path());
            Config config = scope.config();
            if (!grammarReady.getAsBoolean())
                config = new RuleFilterConfig(config, e -> !Linting.usesLanguageTool(e), "without LanguageTool");
            RunResult r = linting.lint(doc, scope.base(), config);
            Map<String, RuleMeta> rules = new HashMap<>();
            for (RuleMeta m : r.rules()) rules.put(m.id(), m);
            List<Finding> own = r.findings().stream().filter(f -> !corpusIds.contains(f.ruleId())).toList();
            return new Checked(doc.version(), doc.text(), own, rules);
        } catch (ConfigException e) {
            return problem(doc, CONFIG_ERROR, Severity.ERROR, "The config is wrong, so nothing was checked: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("checking " + doc.uri() + " failed: " + e);
            return problem(doc, InternalRules.INTERNAL_ERROR, Severity.ERROR,
                    "contentlint failed on this document (" + e + "); the server log has the details.");
        }
    }

    private static Checked problem(OpenDocument doc, String rule, Severity severity, String message) {
        Finding f = new Finding(rule, severity, message, "", Location.FILE_START);
        return new Checked(doc.version(), doc.text(), List.of(f), Map.of());
    }

    /**
     * Publishes the last check of {@code uri} with its current corpus findings. The check thread and the corpus
     * thread both publish; one at a time, so an older state read by one is never sent after a newer one.
     */
    synchronized void publish(String uri) {
        OpenDocument doc = docs.get(uri);
        Checked c = checked.get(uri);
        if (doc == null) return;
        List<Diagnostic> out = new ArrayList<>();
        Map<String, RuleMeta> rules = c == null ? Map.of() : c.rules();
        if (c != null) {
            TextPositions positions = new TextPositions(c.text());
            for (Finding f : c.findings()) out.add(Diagnostics.of(f, positions, rules));
        }
        List<Finding> corpusFindings = corpusFindings(uri);
        if (!corpusFindings.isEmpty()) {
            TextPositions positions = new TextPositions(doc.text());
            Map<String, RuleMeta> corpusRules = corpus.rules();
            for (Finding f : corpusFindings) out.add(Diagnostics.of(f, positions, corpusRules));
        }
        if (c == null && corpusFindings.isEmpty()) return;
        publisher.accept(new PublishDiagnosticsParams(uri, out, c != null ? c.version() : doc.version()));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
