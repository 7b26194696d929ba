package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Deadline;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.CoreSettings;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints one file or buffer: size check, read, parse once, every enabled rule on the one document, corpus
 * summaries and the products the caller asked for, then inline suppressions. Whatever goes wrong with the file,
 * a rule or a product becomes a finding on that file.
 */
final class FileLinter {
    private static final FileConfig NO_RULES = new FileConfig(Map.of());

    /**
     * What one file produced.
     *
     * @param summaries    corpus rule id → that rule's summary of this file; a null value: the rule had nothing to
     *                     say, an absent id: the summary was not made (the rule failed, say)
     * @param products     product id → value, null and absent meaning the same as for summaries
     * @param suppressions this file's inline configuration, for findings corpus rules report here later
     * @param fileConfig   the rules enabled for this file
     * @param hidden       the findings its inline comments hid, each with the comment that hid it
     */
    record Result(String path, List<Finding> findings, Map<String, Object> summaries, Map<String, Object> products,
                  Suppressions suppressions, FileConfig fileConfig, List<Suppressions.Hidden> hidden) {
        Result(String path, List<Finding> findings, Map<String, Object> summaries, Map<String, Object> products,
               Suppressions suppressions, FileConfig fileConfig) {
            this(path, findings, summaries, products, suppressions, fileConfig, List.of());
        }

        /** The findings as the run cache keeps them: the hidden ones too, so a hit can hide them again. */
        List<Finding> stored() {
            if (hidden.isEmpty()) return findings;
            List<Finding> all = new ArrayList<>(findings);
            for (Suppressions.Hidden h : hidden) all.add(h.finding());
            return all;
        }
    }

    /** Content to lint: where it is, what findings and the config's globs call it, its bytes and format. */
    private record Source(Path path, String relativePath, String configPath, byte[] content, Format format) {}

    private final Run run;
    /** Whether a file of this run ran out of memory: classes that were loading then stay unusable. */
    private volatile boolean ranOutOfMemory;

    FileLinter(Run run) {
        this.run = run;
    }

    /** Lints a file from disk. {@code configPath} is its path as the config's globs see it. */
    Result lint(SourceFile file, String configPath) {
        String rel = file.relativePath();
        FileConfig fileConfig = fileConfig(configPath);
        if (file.unlisted() != null)
            return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the folder: " + file.unlisted()
                    + ", so its files were not checked. Make it readable or exclude it.");
        byte[] content;
        try {
            // Only regular files are read: opening a named pipe waits for a writer, a device may never end.
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            if (!attributes.isRegularFile())
                return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the file: it is "
                        + (attributes.isDirectory() ? "a folder" : "a named pipe, socket or device")
                        + ", not a regular file. Name regular files only.");
            long size = attributes.size();
            if (tooLarge(size)) return tooLarge(rel, fileConfig, size);
            content = Files.readAllBytes(file.path());
        } catch (IOException | SecurityException e) {
            return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the file: " + reason(e) + ".");
        } catch (OutOfMemoryError e) {
            return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the file: it does not fit in "
                    + "memory. Lower max-file-size in the config or exclude the file.");
        }
        return lint(new Source(file.path(), rel, configPath, content, file.format()), fileConfig);
    }

    /**
     * Lints content already in memory as the file at {@code path} would be linted, with the same limits; the
     * file itself is never read.
     */
    Result lint(Path path, String relativePath, String configPath, byte[] content, Format format) {
        FileConfig fileConfig = fileConfig(configPath);
        // Standard input is read only up to one byte past the limit, so its whole size is not known.
        if (tooLarge(content.length))
            return failed(relativePath, fileConfig, InternalRules.FILE_TOO_LARGE, "The content is more than "
                    + "max-file-size (" + run.config().maxFileSize() + " bytes); it was not linted. Raise "
                    + "max-file-size in the config or exclude the file.");
        return lint(new Source(path, relativePath, configPath, content, format), fileConfig);
    }

    private FileConfig fileConfig(String configPath) {
        return run.rules() ? run.config().forFile(configPath) : NO_RULES;
    }

    private boolean tooLarge(long size) {
        long max = run.config().maxFileSize();
        return max > 0 && size > max;
    }

    private Result tooLarge(String rel, FileConfig fileConfig, long size) {
        return failed(rel, fileConfig, InternalRules.FILE_TOO_LARGE, "File is " + size + " bytes, more than "
                + "max-file-size (" + run.config().maxFileSize() + " bytes); it was not linted. Raise max-file-size "
                + "in the config or exclude the file.");
    }

    private Result lint(Source source, FileConfig fileConfig) {
        RunCache cache = run.cache();
        if (cache == null) return timed(source, fileConfig, d -> lintFully(source, fileConfig, d));
        String key = RunCache.key(source.content(), run.cacheContext(), source.configPath(), source.format().name());
        Optional<RunCache.Entry> hit = cache.read(key, source.relativePath());
        // An entry without the file's directives was written before entries kept them and what they hide.
        Suppressions suppressions = hit.map(e -> StoredParts.suppressions(e.parts())).orElse(null);
        if (suppressions == null) {
            Result result = timed(source, fileConfig, d -> lintFully(source, fileConfig, d));
            // A failure may be transient (a service that could not start): let the next run try again.
            if (!failedInternally(result))
                cache.write(key, new RunCache.Entry(result.stored(), StoredParts.store(result, run.products())));
            return result;
        }
        RunCache.Entry entry = hit.get();
        List<Finding> shown = new ArrayList<>(entry.findings());
        List<Suppressions.Hidden> hidden = suppressions.hide(shown);
        StoredParts.Loaded loaded = StoredParts.load(entry.parts(), fileConfig, run.products(), source.path());
        if (loaded != null)
            return new Result(source.relativePath(), shown, loaded.summaries(), loaded.products(),
                    suppressions, fileConfig, hidden);
        // Corpus checks or the caller need something of this file that only a parse gives.
        Result result = timed(source, fileConfig, d -> summarizeOnly(source, fileConfig, shown, hidden, suppressions, d));
        Map<String, String> parts = new LinkedHashMap<>(entry.parts());
        parts.putAll(StoredParts.store(result, run.products()));
        if (!failedInternally(result) && !parts.equals(entry.parts()))
            cache.write(key, new RunCache.Entry(entry.findings(), parts));
        return result;
    }

    private static boolean failedInternally(Result result) {
        // A timeout depends on the machine and the budget as much as on the file: never cached.
        return result.findings().stream().anyMatch(f -> f.ruleId().equals(InternalRules.INTERNAL_ERROR)
                || f.ruleId().equals(InternalRules.TIMEOUT) || f.ruleId().equals(InternalRules.OUT_OF_MEMORY));
    }

    /**
     * Does one file's work within its time budget; work that runs over it stops where it next observes the
     * deadline, and the file gets only a {@code contentlint/timeout} finding.
     */
    private Result timed(Source source, FileConfig fileConfig, java.util.function.Function<Deadline, Result> work) {
        try (TimeBudgets.Running timing = run.budgets().start(source.content().length)) {
            try {
                Result result = work.apply(timing.deadline());
                if (!timing.deadline().passed()) return result;
            } catch (Deadline.Exceeded e) {
                // reported below
            } catch (OutOfMemoryError e) {
                // The file's document and findings are garbage once the work unwinds: the heap is free again for
                // the other files.
                ranOutOfMemory = true;
                return outOfMemory(source.relativePath(), fileConfig);
            }
            return failed(source.relativePath(), fileConfig, InternalRules.TIMEOUT, "Linting this file took more than "
                    + "its time budget of " + seconds(timing.budget()) + " of CPU time (file-time-budget: "
                    + seconds(run.config().setting(CoreSettings.FILE_TIME_BUDGET)) + " for each 10 MB) and was "
                    + "stopped, so none of its findings are reported. Raise file-time-budget in the config (or set "
                    + "it to none), or exclude the file.");
        }
    }

    /**
     * Lets an out-of-memory error through to {@link #timed}, and also a class that cannot load after one: running out
     * of memory while a class loaded its data leaves that class unusable for the rest of the run, which is not
     * the rule's bug but the same lack of memory.
     */
    private void rethrowIfOutOfMemory(Throwable t) {
        if (t instanceof OutOfMemoryError oom) throw oom;
        if (ranOutOfMemory && t instanceof LinkageError)
            throw new OutOfMemoryError("a class could not load after an earlier file ran out of memory: " + t);
    }

    private Result outOfMemory(String rel, FileConfig fileConfig) {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        return failed(rel, fileConfig, InternalRules.OUT_OF_MEMORY, "Linting this file ran out of memory (a heap of "
                + heap + " MB, shared with the files checked beside it) and was stopped, so none of its findings are "
                + "reported. Give contentlint a larger heap (CONTENTLINT_OPTS=-Xmx" + Math.max(2, 2 * heap / 1024 + 1)
                + "g; MAVEN_OPTS for the Maven plugin), check fewer files at once (--jobs 1), lower max-file-size, or "
                + "exclude the file.");
    }

    private static String seconds(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** Unwinds the file's work when its deadline has passed, whatever the failure it caused looked like. */
    private static void rethrowIfStopped(Throwable t, Deadline deadline) {
        if (t instanceof Deadline.Exceeded e) throw e;
        if (deadline.passed()) throw new Deadline.Exceeded();
    }

    /** Parses, runs every enabled rule, computes summaries and products, and applies inline suppressions. */
    private Result lintFully(Source source, FileConfig fileConfig, Deadline deadline) {
        String rel = source.relativePath();
        Document document;
        try {
            document = parse(source, deadline);
        } catch (Throwable t) {
            rethrowIfOutOfMemory(t);
            rethrowIfStopped(t, deadline);
            parserFailed(source, t);
            return failed(rel, fileConfig, InternalRules.INTERNAL_ERROR, parserName(source.format())
                    + " failed on this file: " + describe(t) + ". Please report it with this file.");
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> summaries = new HashMap<>();
        Map<String, Object> products = new HashMap<>();
        boolean parsed = !issues(document, findings);
        if (!parsed) nothingOf(fileConfig, summaries, products);
        else for (EnabledRule rule : fileConfig.rules().values()) {
            deadline.check();
            runRule(rule, document, findings, summaries, deadline);
        }

        Suppressions suppressions = suppressions(document);
        List<Suppressions.Hidden> hidden = List.of();
        if (!suppressions.isEmpty()) {
            hidden = suppressions.hide(findings);
            for (ParseIssue p : suppressions.problems())
                findings.add(new Finding(p.ruleId(), InternalRules.severity(p.ruleId()), p.message(), rel,
                        document.location(p.span())));
        }
        // After suppressions, so a product that reads the findings sees those the user sees.
        if (parsed) computeProducts(document, findings, products, deadline);
        return new Result(rel, findings, summaries, products, suppressions, fileConfig, hidden);
    }

    /**
     * For a file whose findings came from the run cache: parses it again only for the corpus summaries and the
     * products, and keeps those findings and what its inline comments hid.
     */
    private Result summarizeOnly(Source source, FileConfig fileConfig, List<Finding> cached,
                                 List<Suppressions.Hidden> hidden, Suppressions suppressions, Deadline deadline) {
        Document document;
        try {
            document = parse(source, deadline);
        } catch (Throwable t) {
            rethrowIfOutOfMemory(t);
            rethrowIfStopped(t, deadline);
            parserFailed(source, t);
            return new Result(source.relativePath(), cached, Map.of(), Map.of(), suppressions, fileConfig, hidden);
        }
        Map<String, Object> summaries = new HashMap<>();
        Map<String, Object> products = new HashMap<>();
        List<Finding> findings = cached;
        if (issues(document, new ArrayList<>())) {
            nothingOf(fileConfig, summaries, products);
        } else {
            for (EnabledRule rule : fileConfig.rules().values()) {
                deadline.check();
                if (rule.rule() instanceof CorpusRule<?>) summarize(rule, document, summaries, deadline);
            }
            List<Finding> failures = new ArrayList<>(cached);
            computeProducts(document, failures, products, deadline);
            failures = failures.subList(cached.size(), failures.size());
            if (!failures.isEmpty()) {
                findings = new ArrayList<>(cached);
                findings.addAll(failures);
            }
        }
        return new Result(source.relativePath(), findings, summaries, products, suppressions, fileConfig, hidden);
    }

    private Document parse(Source source, Deadline deadline) {
        return run.parser().parse(source.path(), source.relativePath(), source.content(), source.format(),
                run.options().encoding(), deadline);
    }

    /** Rethrows a parser failure that is fatal, or any when halting on errors; the caller reports the rest. */
    private void parserFailed(Source source, Throwable t) {
        rethrowIfFatal(t, run.config());
        if (run.options().haltOnError()) throw new RuleFailureException("parser " + source.format(), source.relativePath(), t);
    }

    private static String parserName(Format format) {
        return switch (format) {
            case MARKDOWN -> "The Markdown parser";
            case HTML -> "The HTML parser";
            case TEXT -> "The text parser";
        };
    }

    /** Adds the parser's issues as findings; true when the content is binary. */
    private static boolean issues(Document document, List<Finding> findings) {
        boolean binary = false;
        for (ParseIssue issue : document.issues()) {
            findings.add(new Finding(issue.ruleId(), InternalRules.severity(issue.ruleId()), issue.message(),
                    document.relativePath(), document.location(issue.span())));
            binary |= InternalRules.BINARY_FILE.equals(issue.ruleId());
        }
        return binary;
    }

    /** Binary content parses to an empty document: rules would only report absences, products measure nothing. */
    private void nothingOf(FileConfig fileConfig, Map<String, Object> summaries, Map<String, Object> products) {
        for (EnabledRule rule : fileConfig.rules().values())
            if (rule.rule() instanceof CorpusRule<?>) summaries.put(rule.meta().id(), null);
        for (DocumentProduct<?> product : run.products()) products.put(product.id(), null);
    }

    private Suppressions suppressions(Document document) {
        return run.options().inlineConfig() && !document.comments().isEmpty()
                ? Suppressions.parse(document.comments(), document.source(), run.registry()) : Suppressions.NONE;
    }

    private void runRule(EnabledRule rule, Document document, List<Finding> findings, Map<String, Object> summaries,
                         Deadline deadline) {
        String id = rule.meta().id();
        EngineRuleContext context = new EngineRuleContext(document, rule, run, findings);
        try {
            rule.rule().check(document, context);
            if (rule.rule() instanceof CorpusRule<?> corpusRule) summaries.put(id, corpusRule.summarize(document, context));
        } catch (Throwable t) {
            rethrowIfStopped(t, deadline);
            rethrowIfOutOfMemory(t);
            rethrowIfFatal(t, run.config());
            if (run.options().haltOnError()) throw new RuleFailureException(id, document.relativePath(), t);
            findings.add(internalError(id, document.relativePath(), t, "on this file"));
        }
    }

    private void summarize(EnabledRule rule, Document document, Map<String, Object> summaries, Deadline deadline) {
        // What the rule reports here was cached with the file's findings; only the summary is new.
        EngineRuleContext context = new EngineRuleContext(document, rule, run, new ArrayList<>());
        try {
            summaries.put(rule.meta().id(), ((CorpusRule<?>) rule.rule()).summarize(document, context));
        } catch (Throwable t) {
            rethrowIfStopped(t, deadline);
            rethrowIfFatal(t, run.config());
            if (run.options().haltOnError()) throw new RuleFailureException(rule.meta().id(), document.relativePath(), t);
        }
    }

    private void computeProducts(Document document, List<Finding> findings, Map<String, Object> products,
                                 Deadline deadline) {
        for (DocumentProduct<?> product : run.products()) {
            deadline.check();
            try {
                products.put(product.id(), product.compute(document, List.copyOf(findings)));
            } catch (Throwable t) {
                rethrowIfStopped(t, deadline);
                rethrowIfFatal(t, run.config());
                if (run.options().haltOnError())
                    throw new RuleFailureException("product " + product.id(), document.relativePath(), t);
                findings.add(new Finding(InternalRules.INTERNAL_ERROR, InternalRules.severity(InternalRules.INTERNAL_ERROR),
                        "Computing " + product.id() + " failed on this file: " + describe(t)
                                + ". Please report it with this file.", document.relativePath(), Location.FILE_START));
            }
        }
    }

    static Finding internalError(String ruleId, String path, Throwable t, String where) {
        return new Finding(InternalRules.INTERNAL_ERROR, InternalRules.severity(InternalRules.INTERNAL_ERROR),
                "Rule " + ruleId + " failed " + where + ": " + describe(t) + ". Please report it with this file.",
                path, Location.FILE_START);
    }

    /**
     * Lets through what is not a bug in the rule: the JVM's own failures (a StackOverflowError, though, is deep
     * recursion in the rule) and a {@link ConfigException}, which is the user's to fix and ends the run (exit 2),
     * placed at the line of {@code config} that sets the offending setting.
     */
    static void rethrowIfFatal(Throwable t, Config config) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
        if (t instanceof ConfigException e) throw config == null || !e.unplaced() ? e : config.settingError(e.key(), e.detail());
    }

    static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it no longer exists";
        if (e.getMessage() == null) return e.getClass().getSimpleName();
        String m = e.getMessage();
        return m.startsWith("/") || m.contains(":") ? e.getClass().getSimpleName() + " (" + m + ")" : m;
    }

    private static Result failed(String path, FileConfig fileConfig, String ruleId, String message) {
        Finding f = new Finding(ruleId, InternalRules.severity(ruleId), message, path, Location.FILE_START);
        return new Result(path, List.of(f), Map.of(), Map.of(), Suppressions.NONE, fileConfig);
    }
}
