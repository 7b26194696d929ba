package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.rule.CoreSettings;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints files and buffers: walks the inputs, parses each file once, runs the enabled rules and computes the
 * caller's document products on it in parallel across files, runs corpus-level checks after all files, applies
 * inline suppressions and returns the findings and products.
 */
public final class Engine {
    private final Config config;
    private final RuleRegistry registry;
    private final EngineOptions options;
    private final Map<Class<?>, ServiceFactory<?>> serviceFactories;
    private DocumentParser parser = DocumentParser.DEFAULT;

    /** An engine whose rules get their services from the factories registered through {@link ServiceLoader}. */
    public Engine(Config config, RuleRegistry registry, EngineOptions options) {
        this(config, registry, options, serviceFactories());
    }

    /** An engine whose rules get their services from exactly {@code serviceFactories}. */
    public Engine(Config config, RuleRegistry registry, EngineOptions options, List<ServiceFactory<?>> serviceFactories) {
        this.config = config;
        this.registry = registry.with(config.definedRules());
        this.options = options;
        Map<Class<?>, ServiceFactory<?>> byType = new LinkedHashMap<>();
        for (ServiceFactory<?> f : serviceFactories) byType.putIfAbsent(f.type(), f);
        this.serviceFactories = Collections.unmodifiableMap(byType);
    }

    /**
     * Parses with {@code p} instead of {@link dev.contentlint.core.document.Parsers}: lets tests build documents
     * directly or count parses.
     */
    public Engine withParser(DocumentParser p) {
        this.parser = p;
        return this;
    }

    /**
     * The service factories registered through {@link ServiceLoader} on the engine's class path, for a caller that
     * adds its own before them; a broken registration is skipped.
     */
    public static List<ServiceFactory<?>> serviceFactories() {
        List<ServiceFactory<?>> out = new ArrayList<>();
        var it = ServiceLoader.load(ServiceFactory.class, Engine.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) break;
                out.add(it.next());
            } catch (ServiceConfigurationError e) {
                // A broken provider only matters to rules that ask for its service, and they fail with a clear message.
            }
        }
        return out;
    }

    /** How this engine runs. */
    public EngineOptions options() {
        return options;
    }

    /** Runs the config's rules over the inputs; see {@link #run(List, List)}. */
    public RunResult run(List<Input> inputs) {
        return run(inputs, List.of());
    }

    /**
     * Runs the config's rules over the inputs and computes {@code products} from each document
     * ({@link FileWalker} says how paths and globs select files; a buffer is linted as the file it names). A file
     * that cannot be read or parsed becomes a finding; a rule or product that throws becomes a
     * {@code contentlint/internal-error} finding; neither stops the run.
     *
     * @throws InputException when a named path does not exist or a glob matches nothing
     * @throws RuleFailureException when a rule, product or parser fails and {@link EngineOptions#haltOnError()} is set
     * @throws dev.contentlint.core.rule.ConfigException when a rule or service finds a config setting unusable
     * @throws IllegalArgumentException when two products share an id
     */
    public RunResult run(List<Input> inputs, List<DocumentProduct<?>> products) {
        return run(inputs, products, true);
    }

    /**
     * Reads and parses the inputs as {@link #run(List, List)} does and computes {@code products}, but runs no rule:
     * the findings are those about the inputs themselves (unreadable, too large, binary, not parseable).
     */
    public RunResult measure(List<Input> inputs, List<DocumentProduct<?>> products) {
        return run(inputs, products, false);
    }

    private RunResult run(List<Input> inputs, List<DocumentProduct<?>> products, boolean rules) {
        long started = System.nanoTime();
        Set<String> ids = new HashSet<>();
        for (DocumentProduct<?> p : products)
            if (!ids.add(p.id())) throw new IllegalArgumentException("two products share the id " + p.id());
        Session session = open(products, rules);
        List<FileLinter.Result> results;
        CorpusChecks corpus;
        List<Finding> corpusFindings;
        try {
            results = lintAll(session.run(), inputs, null);
            corpus = new CorpusChecks(session.run(), results);
            corpusFindings = corpus.run();
        } finally {
            session.close();
        }
        if (session.run().cache() != null) session.run().cache().prune();
        return result(results, corpusFindings, corpus.hidden(), started);
    }

    /**
     * Runs the config's rules over the files of {@code inputs} that belong to {@code shard}, as {@link #run(List)}
     * does, but leaves the corpus rules for {@link #merge}: each file's part holds its findings, its corpus
     * summaries and its inline configuration.
     *
     * @throws IllegalArgumentException when an input is a buffer: only files on disk are assigned to shards
     */
    public ShardRun runShard(List<Input> inputs, Shard shard) {
        for (Input in : inputs)
            if (in instanceof Input.Buffer) throw new IllegalArgumentException("buffers cannot be sharded");
        Session session = open(List.of(), true);
        List<FileLinter.Result> results;
        try {
            results = lintAll(session.run(), inputs, shard);
        } finally {
            session.close();
        }
        if (session.run().cache() != null) session.run().cache().prune();
        List<FilePart> parts = new ArrayList<>(results.size());
        Set<String> unstored = new java.util.TreeSet<>();
        for (FileLinter.Result r : results) parts.add(part(r, unstored));
        parts.sort(java.util.Comparator.comparing(FilePart::path));
        return new ShardRun(shard, session.run().today(), options.inlineConfig(), shardContext(session.run().today()),
                parts, unstored);
    }

    private static FilePart part(FileLinter.Result r, Set<String> unstored) {
        Map<String, String> summaries = new TreeMap<>();
        for (EnabledRule e : r.fileConfig().rules().values()) {
            if (!(e.rule() instanceof dev.contentlint.core.rule.CorpusRule<?> rule)) continue;
            String id = e.meta().id();
            if (!r.summaries().containsKey(id)) continue;
            Object summary = r.summaries().get(id);
            if (summary == null) {
                summaries.put(id, null);
                continue;
            }
            dev.contentlint.core.io.FieldWriter w = new dev.contentlint.core.io.FieldWriter();
            if (store(rule, summary, w)) summaries.put(id, w.toString());
            else unstored.add(id);
        }
        return new FilePart(r.path(), r.stored(), summaries, r.suppressions().store());
    }

    @SuppressWarnings("unchecked")
    private static <S> boolean store(dev.contentlint.core.rule.CorpusRule<S> rule, Object summary,
                                     dev.contentlint.core.io.FieldWriter out) {
        return rule.storeSummary((S) summary, out);
    }

    /**
     * Finishes a run made in shards: runs the corpus rules over the summaries of every part, with each file's
     * config and inline configuration, and returns what {@link #run(List)} over all the files would have. The
     * parts' paths are resolved against the base directory, so the merge runs in a checkout of the same tree.
     *
     * @throws IllegalArgumentException when two parts name the same file, or a part holds a summary that a rule
     *                                  enabled for the file cannot read (or for a rule not enabled there)
     */
    public RunResult merge(List<FilePart> parts) {
        long started = System.nanoTime();
        Session session = open(List.of(), true);
        List<FileLinter.Result> results = new ArrayList<>(parts.size());
        CorpusChecks corpus;
        List<Finding> corpusFindings;
        try {
            Path base = options.baseDirectory().toAbsolutePath().normalize();
            Set<String> seen = new HashSet<>();
            for (FilePart p : parts) {
                if (!seen.add(p.path())) throw new IllegalArgumentException(p.path() + " is in more than one shard");
                results.add(restore(p, base));
            }
            corpus = new CorpusChecks(session.run(), results);
            corpusFindings = corpus.run();
        } finally {
            session.close();
        }
        return result(results, corpusFindings, corpus.hidden(), started);
    }

    private FileLinter.Result restore(FilePart part, Path base) {
        Path file = base.resolve(part.path()).normalize();
        FileConfig fileConfig = config.forFile(configPath(file, part.path()));
        Map<String, Object> summaries = new HashMap<>();
        for (Map.Entry<String, String> s : part.summaries().entrySet()) {
            EnabledRule e = fileConfig.rules().get(s.getKey());
            if (e == null || !(e.rule() instanceof dev.contentlint.core.rule.CorpusRule<?> rule))
                throw new IllegalArgumentException(part.path() + " holds a summary of " + s.getKey()
                        + ", which this config does not enable there as a rule across files");
            if (s.getValue() == null) {
                summaries.put(s.getKey(), null);
                continue;
            }
            try {
                dev.contentlint.core.io.FieldReader in = new dev.contentlint.core.io.FieldReader(s.getValue());
                Object summary = rule.loadSummary(in, file);
                in.end();
                summaries.put(s.getKey(), summary);
            } catch (RuntimeException x) {
                throw new IllegalArgumentException("the summary of " + s.getKey() + " for " + part.path()
                        + " cannot be read (" + x.getMessage() + ")", x);
            }
        }
        Suppressions suppressions;
        try {
            suppressions = Suppressions.load(part.suppressions());
        } catch (RuntimeException x) {
            throw new IllegalArgumentException("the inline configuration stored for " + part.path()
                    + " cannot be read (" + x.getMessage() + ")", x);
        }
        // As for a run cache hit: the part holds every finding, and the file's comments hide theirs again.
        List<Finding> findings = new ArrayList<>(part.findings());
        List<Suppressions.Hidden> hidden = suppressions.hide(findings);
        return new FileLinter.Result(part.path(), findings, summaries, Map.of(), suppressions, fileConfig, hidden);
    }

    /**
     * A fingerprint of what this engine's findings depend on besides the files, for a run on {@code today}: the
     * effective config, the inline-config switch, the files services read, the rule classes and the version. Two
     * shards with equal fingerprints report as one run would. Unlike the run cache's key it leaves out where the
     * jars are, since each CI job may unpack its own copy.
     */
    public String shardContext(LocalDate today) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        Settings settings = new Settings(config, options.cacheDirectory(), base, options);
        String context = CacheContext.of(config, registry, options, today, true, serviceFactories.values(), settings,
                false) + "\n" + RunCache.toolVersion();
        return RunCache.key(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What every file of one run shares, and what to close after the last. */
    private record Session(Run run) {
        void close() {
            try {
                run.budgets().close();
            } finally {
                run.services().close();
            }
        }
    }

    private Session open(List<DocumentProduct<?>> products, boolean rules) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        LocalDate today = options.today() != null ? options.today() : config.today().orElseGet(LocalDate::now);
        Services services = new Services(serviceFactories, new Settings(config, options.cacheDirectory(), base, options));
        RunCache cache = options.cacheDirectory() == null ? null : new RunCache(options.cacheDirectory(),
                new RunCache.Limits(config.setting(CoreSettings.CACHE_MAX_SIZE), config.setting(CoreSettings.CACHE_MAX_AGE)));
        String cacheContext = cache == null ? "" : CacheContext.of(config, registry, options, today, rules,
                serviceFactories.values(), services.settings());
        TimeBudgets budgets = new TimeBudgets(config.setting(CoreSettings.FILE_TIME_BUDGET));
        return new Session(new Run(config, registry, options, today, services, parser, cache, cacheContext, products,
                rules, budgets));
    }

    /** Lints the files and buffers of {@code inputs}, only the files of {@code shard} when it is not null. */
    private List<FileLinter.Result> lintAll(Run run, List<Input> inputs, Shard shard) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        FileLinter linter = new FileLinter(run);
        List<String> arguments = new ArrayList<>();
        List<Input.Buffer> buffers = new ArrayList<>();
        for (Input in : inputs) {
            if (in instanceof Input.PathOrGlob p) arguments.add(p.value());
            else if (in instanceof Input.Buffer b) buffers.add(b);
        }
        List<SourceFile> files = arguments.isEmpty() ? List.of() : new FileWalker(config, base).walk(arguments);
        if (!buffers.isEmpty() && !files.isEmpty()) files = withoutBuffers(files, base, buffers);
        if (shard != null) files = files.stream().filter(f -> shard.contains(f.relativePath())).toList();

        List<Task> tasks = new ArrayList<>();
        Map<SourceFile, Long> sizes = sizes(files);
        for (SourceFile f : largestFirst(files, sizes))
            tasks.add(new Task(sizes.get(f), () -> linter.lint(f, configPath(f.path(), f.relativePath()))));
        for (Input.Buffer b : buffers) tasks.add(new Task(b.content().length, () -> lint(linter, base, b)));
        return runAll(tasks);
    }

    private RunResult result(List<FileLinter.Result> results, List<Finding> corpusFindings,
                             Map<String, List<Suppressions.Hidden>> corpusHidden, long started) {
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Map<String, RuleMeta> ruleMetas = new TreeMap<>();
        Map<String, Map<String, Object>> productsByPath = new HashMap<>();
        for (FileLinter.Result r : results) {
            findings.addAll(r.findings());
            List<Suppressions.Hidden> hidden = new ArrayList<>(r.hidden());
            hidden.addAll(corpusHidden.getOrDefault(r.path(), List.of()));
            for (Suppressions.Hidden h : hidden) suppressed.add(h.suppressed());
            if (options.unusedDirectives() != null) findings.addAll(unusedDirectives(r, hidden));
            paths.add(r.path());
            for (EnabledRule e : r.fileConfig().rules().values()) ruleMetas.putIfAbsent(e.meta().id(), e.meta());
            Map<String, Object> values = new LinkedHashMap<>();
            r.products().forEach((id, v) -> { if (v != null) values.put(id, v); });
            if (!values.isEmpty()) productsByPath.put(r.path(), values);
        }
        findings.addAll(corpusFindings);
        for (RuleMeta m : InternalRules.all()) ruleMetas.putIfAbsent(m.id(), m);
        return new RunResult(findings, paths, new ArrayList<>(ruleMetas.values()),
                Duration.ofNanos(System.nanoTime() - started), productsByPath, suppressed);
    }

    /**
     * The inline disable comments of {@code r} that hid none of its findings, those of corpus rules included; none
     * for a file a rule failed on or that ran out of time, whose findings are not all known.
     */
    private List<Finding> unusedDirectives(FileLinter.Result r, List<Suppressions.Hidden> hidden) {
        if (r.suppressions().directives().isEmpty()) return List.of();
        for (Finding f : r.findings())
            if (f.ruleId().equals(InternalRules.INTERNAL_ERROR) || f.ruleId().equals(InternalRules.TIMEOUT)
                    || f.ruleId().equals(InternalRules.OUT_OF_MEMORY)) return List.of();
        List<Suppressions.Use> used = hidden.stream().map(Suppressions.Hidden::use).toList();
        return r.suppressions().unused(used, id -> InternalRules.isInternal(id) || r.fileConfig().rules().containsKey(id),
                r.path(), options.unusedDirectives());
    }

    /**
     * The walked files less those a buffer stands for: an editor's unsaved text replaces the file on disk, so
     * the file is not linted twice (corpus rules would take the two for duplicates of each other).
     */
    private static List<SourceFile> withoutBuffers(List<SourceFile> files, Path base, List<Input.Buffer> buffers) {
        Set<Path> named = new HashSet<>();
        for (Input.Buffer b : buffers) {
            try {
                named.add(base.resolve(b.name()).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // A name that is no path stands for no file.
            }
        }
        List<SourceFile> out = new ArrayList<>(files.size());
        for (SourceFile f : files) if (!named.contains(f.path().toAbsolutePath().normalize())) out.add(f);
        return out;
    }

    /** A buffer, linted as the file its name gives (relative to the base directory), or under its bare name. */
    private FileLinter.Result lint(FileLinter linter, Path base, Input.Buffer buffer) {
        String name = buffer.name();
        Path path;
        try {
            path = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return linter.lint(base, name, name, buffer.content(), config.formats().choose(name, Format.MARKDOWN));
        }
        String rel = PathNames.relative(base, path);
        String configPath = configPath(path, rel);
        return linter.lint(path, rel, configPath, buffer.content(), config.formats().choose(configPath, Format.MARKDOWN));
    }

    /**
     * The files biggest first, so a large file does not start last and keep one worker busy while the others
     * idle. Output order does not depend on this: findings are sorted.
     */
    private static List<SourceFile> largestFirst(List<SourceFile> files, Map<SourceFile, Long> sizes) {
        List<SourceFile> out = new ArrayList<>(files);
        out.sort(java.util.Comparator.comparing((SourceFile f) -> sizes.get(f)).reversed()
                .thenComparing(SourceFile::relativePath));
        return out;
    }

    private static Map<SourceFile, Long> sizes(List<SourceFile> files) {
        Map<SourceFile, Long> sizes = new java.util.HashMap<>();
        for (SourceFile f : files) {
            long size;
            try {
                size = java.nio.file.Files.size(f.path());
            } catch (java.io.IOException | RuntimeException e) {
                size = 0; // reading it will fail and say why
            }
            sizes.put(f, size);
        }
        return sizes;
    }

    /** One file's work and the size that says how much memory it may need. */
    private record Task(long bytes, Callable<FileLinter.Result> work) {}

    /** The path the config's globs see: relative to the config's folder, or as findings name it when outside. */
    private String configPath(Path file, String relativePath) {
        if (config.baseDirectory() == null) return relativePath;
        String rel = PathNames.relative(config.baseDirectory(), file);
        return PathNames.isOutside(rel) ? relativePath : rel;
    }

    /**
     * Runs the tasks on {@code --jobs} workers, letting a file start only while the memory the files in work are
     * expected to need fits in the heap ({@link MemoryBudget}): several large files do not run at once.
     */
    private List<FileLinter.Result> runAll(List<Task> tasks) {
        if (tasks.isEmpty()) return List.of();
        int total = tasks.size();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(options.jobs(), total));
        MemoryBudget memory = new MemoryBudget(Runtime.getRuntime().maxMemory());
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            List<Future<FileLinter.Result>> futures = new ArrayList<>(total);
            for (Task task : tasks) {
                futures.add(pool.submit(() -> {
                    long booked = memory.acquire(task.bytes());
                    FileLinter.Result r;
                    try {
                        r = task.work().call();
                    } finally {
                        memory.release(booked);
                    }
                    options.progress().filesDone(done.incrementAndGet(), total);
                    return r;
                }));
            }
            List<FileLinter.Result> results = new ArrayList<>(total);
            for (Future<FileLinter.Result> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Daemon workers, so a stuck rule cannot keep the JVM alive after the CLI is done. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            // A deep stack, so deeply nested documents parse and recursive rules finish where a default stack would overflow.
            Thread t = new Thread(null, r, "contentlint-worker-" + count.incrementAndGet(), 16L << 20);
            t.setDaemon(true);
            return t;
        }
    }

    /** Service settings drawn from the config. */
    private record Settings(Config config, Path cacheDirectory, Path runDirectory, EngineOptions options)
            implements ServiceFactory.ServiceSettings {
        @Override
        public <T> java.util.Optional<T> option(Class<T> type) {
            return options.serviceOption(type);
        }

        @Override
        public Path configDirectory() {
            return config.baseDirectory();
        }

        @Override
        public String language() {
            return config.language();
        }

        @Override
        public <T> T setting(dev.contentlint.core.rule.SettingSpec<T> spec) {
            return config.setting(spec);
        }
    }
}
