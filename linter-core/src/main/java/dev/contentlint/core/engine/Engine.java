package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import dev.contentlint.core.rule.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints files: walks the inputs, parses each file once, runs the enabled rules on it in parallel across
 * files, runs corpus-level checks after all files, applies inline suppressions and returns the findings.
 */
public final class Engine {
    private final Config config;
    private final RuleRegistry registry;
    private final EngineOptions options;
    private final Map<Class<?>, ServiceFactory<?>> serviceFactories;
    private DocumentParser parser = DocumentParser.DEFAULT;

    /** An engine whose rules get their services from the factories registered through {@link ServiceLoader}. */
    public Engine(Config config, RuleRegistry registry, EngineOptions options) {
        this(config, registry, options, loadServiceFactories());
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

    /** Parses with {@code p} instead of {@link dev.contentlint.core.document.Parsers}: lets tests build documents directly. */
    Engine withParser(DocumentParser p) {
        this.parser = p;
        return this;
    }

    private static List<ServiceFactory<?>> loadServiceFactories() {
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

    /**
     * Runs over the inputs ({@link FileWalker} says how paths and globs select files; standard input is parsed
     * by the extension of its name, as Markdown when it has none). A file that cannot be read or parsed
     * becomes a finding; a rule that throws becomes a {@code contentlint/internal-error} finding; neither
     * stops the run.
     *
     * @throws InputException when a named path does not exist or a glob matches nothing
     * @throws RuleFailureException when a rule or parser fails and {@link EngineOptions#haltOnError()} is set
     * @throws dev.contentlint.core.rule.ConfigException when a rule or service finds a config setting unusable
     */
    public RunResult run(List<Input> inputs) {
        long started = System.nanoTime();
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        LocalDate today = options.today() != null ? options.today() : config.today().orElseGet(LocalDate::now);
        Services services = new Services(serviceFactories, new Settings(config, options.cacheDirectory(), base, options));
        RunCache cache = options.cacheDirectory() == null ? null : new RunCache(options.cacheDirectory());
        Run run = new Run(config, registry, options, today, services, parser, cache,
                cache == null ? "" : cacheContext(today, services.settings()));
        FileLinter linter = new FileLinter(run);

        List<String> arguments = new ArrayList<>();
        List<Input.Stdin> stdins = new ArrayList<>();
        for (Input in : inputs) {
            if (in instanceof Input.PathOrGlob p) arguments.add(p.value());
            else if (in instanceof Input.Stdin s) stdins.add(s);
        }
        List<SourceFile> files = arguments.isEmpty() ? List.of() : new FileWalker(config, base).walk(arguments);

        List<Callable<FileLinter.Result>> tasks = new ArrayList<>();
        for (SourceFile f : largestFirst(files)) tasks.add(() -> linter.lint(f, configPath(f.path(), f.relativePath())));
        for (Input.Stdin s : stdins) {
            Format format = Format.ofFileName(s.name()).orElse(Format.MARKDOWN);
            tasks.add(() -> linter.lint(stdinPath(base, s.name()), s.name(), s.content(), format,
                    config.forFile(s.name())));
        }
        List<FileLinter.Result> results;
        List<Finding> corpusFindings;
        try {
            results = runAll(tasks);
            corpusFindings = new CorpusChecks(run, results).run();
        } finally {
            services.close();
        }

        List<Finding> findings = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Map<String, RuleMeta> rules = new TreeMap<>();
        for (FileLinter.Result r : results) {
            findings.addAll(r.findings());
            paths.add(r.path());
            for (EnabledRule e : r.fileConfig().rules().values()) rules.putIfAbsent(e.meta().id(), e.meta());
        }
        findings.addAll(corpusFindings);
        for (RuleMeta m : InternalRules.all()) rules.putIfAbsent(m.id(), m);
        return new RunResult(findings, paths, new ArrayList<>(rules.values()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The files biggest first, so a large file does not start last and keep one worker busy while the others
     * idle. Output order does not depend on this: findings are sorted.
     */
    private static List<SourceFile> largestFirst(List<SourceFile> files) {
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
        List<SourceFile> out = new ArrayList<>(files);
        out.sort(java.util.Comparator.comparing((SourceFile f) -> sizes.get(f)).reversed()
                .thenComparing(SourceFile::relativePath));
        return out;
    }

    /** Everything besides a file's bytes and path that its findings depend on. */
    private String cacheContext(LocalDate today, ServiceFactory.ServiceSettings settings) {
        StringBuilder sb = new StringBuilder();
        sb.append(config.fingerprint()).append('\n').append(today).append('\n').append(options.inlineConfig());
        // Files a service reads (a glossary, say) change findings without changing the config.
        for (ServiceFactory<?> f : serviceFactories.values()) {
            String fp;
            try {
                fp = f.fingerprint(settings);
            } catch (RuntimeException e) {
                fp = "unknown " + System.nanoTime(); // never reuse results that depend on an unreadable input
            }
            if (fp != null && !fp.isEmpty()) sb.append('\n').append(f.type().getName()).append(' ').append(fp);
        }
        // Third-party rule jars can come and go without the config changing.
        java.util.Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        classes.add(Engine.class);
        for (RuleMeta m : registry.metas()) {
            Class<?> type = registry.rule(m.id()).getClass();
            classes.add(type);
            sb.append('\n').append(m.id()).append(' ').append(type.getName());
        }
        String version = RunCache.toolVersion();
        if (version.equals("dev") || version.endsWith("-SNAPSHOT")) {
            // Development builds change code without changing the version: the jars' size and time tell.
            java.util.Set<String> jars = new java.util.TreeSet<>();
            for (Class<?> c : classes) jars.add(jarStamp(c));
            for (String j : jars) sb.append('\n').append(j);
        }
        return sb.toString();
    }

    private static String jarStamp(Class<?> c) {
        try {
            java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return "";
            Path p = Path.of(source.getLocation().toURI());
            if (!java.nio.file.Files.isRegularFile(p)) return p.toString(); // a classes folder: nothing cheap to compare
            return p + " " + java.nio.file.Files.size(p) + " " + java.nio.file.Files.getLastModifiedTime(p).toMillis();
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    /** The path the config's globs see: relative to the config's folder, or as findings name it when outside. */
    private String configPath(Path file, String relativePath) {
        if (config.baseDirectory() == null) return relativePath;
        String rel = PathNames.relative(config.baseDirectory(), file);
        return PathNames.isOutside(rel) ? relativePath : rel;
    }

    private static Path stdinPath(Path base, String name) {
        try {
            return base.resolve(name);
        } catch (InvalidPathException e) {
            return base;
        }
    }

    private List<FileLinter.Result> runAll(List<Callable<FileLinter.Result>> tasks) {
        if (tasks.isEmpty()) return List.of();
        int total = tasks.size();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(options.jobs(), total));
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            List<Future<FileLinter.Result>> futures = new ArrayList<>(total);
            for (Callable<FileLinter.Result> task : tasks) {
                futures.add(pool.submit(() -> {
                    FileLinter.Result r = task.call();
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

    /** The corpus-level hooks, run once after every file, with each file's own config and suppressions. */
    private static final class CorpusChecks {
        private final Run run;
        private final Map<String, FileLinter.Result> byPath = new TreeMap<>();

        CorpusChecks(Run run, List<FileLinter.Result> results) {
            this.run = run;
            for (FileLinter.Result r : results) byPath.put(r.path(), r);
        }

        List<Finding> run() {
            Map<String, CorpusRule<?>> corpusRules = new TreeMap<>();
            for (FileLinter.Result r : byPath.values())
                for (EnabledRule e : r.fileConfig().rules().values())
                    if (e.rule() instanceof CorpusRule<?> c) corpusRules.putIfAbsent(e.meta().id(), c);
            List<Finding> out = new ArrayList<>();
            for (var entry : corpusRules.entrySet()) check(entry.getKey(), entry.getValue(), out);
            return out;
        }

        @SuppressWarnings("unchecked")
        private void check(String id, CorpusRule<?> rule, List<Finding> out) {
            Map<String, Object> summaries = new LinkedHashMap<>();
            String firstEnabled = null;
            EnabledRule anyEnabled = null;
            for (FileLinter.Result r : byPath.values()) {
                EnabledRule e = r.fileConfig().rules().get(id);
                if (e == null) continue;
                if (firstEnabled == null) { firstEnabled = r.path(); anyEnabled = e; }
                Object s = r.summaries().get(id);
                if (s != null) summaries.put(r.path(), s);
            }
            if (anyEnabled == null) return;
            Context context = new Context(id, anyEnabled, out);
            try {
                ((CorpusRule<Object>) rule).checkCorpus(Collections.unmodifiableMap(summaries), context);
            } catch (Throwable t) {
                FileLinter.rethrowIfFatal(t, run.config());
                if (run.options().haltOnError()) throw new RuleFailureException(id, "all files", t);
                out.add(FileLinter.internalError(id, firstEnabled, t, "while checking all files together"));
            }
        }

        private final class Context implements CorpusContext {
            private final String id;
            private final EnabledRule fallback;
            private final List<Finding> out;

            Context(String id, EnabledRule fallback, List<Finding> out) {
                this.id = id;
                this.fallback = fallback;
                this.out = out;
            }

            @Override
            public void report(String path, Location location, String message) {
                Location at = location == null ? Location.FILE_START : location;
                FileLinter.Result r = byPath.get(path);
                if (r == null) {
                    // A file outside the run (a glossary file, say): no config or inline comments of its own.
                    out.add(new Finding(id, fallback.severity(), message, path, at));
                    return;
                }
                EnabledRule e = r.fileConfig().rules().get(id);
                if (e == null || r.suppressions().suppresses(id, at.line())) return;
                out.add(new Finding(id, e.severity(), message, path, at));
            }

            @Override
            public <T extends Record> T options(String path, Class<T> type) {
                FileLinter.Result r = byPath.get(path);
                EnabledRule e = r == null ? null : r.fileConfig().rules().get(id);
                return EngineRuleContext.castOptions(e == null ? fallback : e, type);
            }

            @Override
            public boolean enabledFor(String path) {
                FileLinter.Result r = byPath.get(path);
                return r != null && r.fileConfig().rules().containsKey(id);
            }

            @Override
            public LocalDate today() {
                return run.today();
            }

            @Override
            public void reportNote(String path, Location location, String message) {
                Location at = location == null ? Location.FILE_START : location;
                FileLinter.Result r = byPath.get(path);
                if (r != null && r.suppressions().suppresses(id, at.line())) return;
                out.add(new Finding(id, Severity.INFO, message, path, at));
            }

            @Override
            public <T> T service(Class<T> type) {
                return run.services().get(type);
            }
        }
    }
}
