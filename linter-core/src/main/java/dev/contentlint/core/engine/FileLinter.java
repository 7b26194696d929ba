package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints one file: size check, read, parse once, every enabled rule on the one document, corpus summaries,
 * then inline suppressions. Whatever goes wrong with the file or a rule becomes a finding on that file.
 */
final class FileLinter {
    /**
     * What one file produced.
     *
     * @param summaries    corpus rule id → that rule's summary of this file (rules that returned null are absent)
     * @param suppressions this file's inline configuration, for findings corpus rules report here later
     * @param fileConfig   the rules enabled for this file
     */
    record Result(String path, List<Finding> findings, Map<String, Object> summaries, Suppressions suppressions,
                  FileConfig fileConfig) {}

    private final Run run;

    FileLinter(Run run) {
        this.run = run;
    }

    /** Lints a file from disk. {@code configPath} is its path as the config's globs see it. */
    Result lint(SourceFile file, String configPath) {
        String rel = file.relativePath();
        FileConfig fileConfig = run.config().forFile(configPath);
        byte[] content;
        try {
            long size = Files.size(file.path());
            long max = run.config().maxFileSize();
            if (max > 0 && size > max) {
                return failed(rel, fileConfig, InternalRules.FILE_TOO_LARGE, "File is " + size + " bytes, more than "
                        + "max-file-size (" + max + " bytes); it was not linted. Raise max-file-size in the config "
                        + "or exclude the file.");
            }
            content = Files.readAllBytes(file.path());
        } catch (IOException | SecurityException e) {
            return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the file: " + reason(e) + ".");
        } catch (OutOfMemoryError e) {
            return failed(rel, fileConfig, InternalRules.UNREADABLE, "Cannot read the file: it does not fit in "
                    + "memory. Lower max-file-size in the config or exclude the file.");
        }
        RunCache cache = run.cache();
        if (cache == null) return lint(file.path(), rel, content, file.format(), fileConfig);
        String key = RunCache.key(content, run.cacheContext(), configPath, file.format().name());
        Optional<RunCache.Entry> hit = cache.read(key, rel);
        if (hit.isPresent()) {
            List<Finding> findings = hit.get().findings();
            boolean corpus = fileConfig.rules().values().stream().anyMatch(e -> e.rule() instanceof CorpusRule<?>);
            if (!corpus) return new Result(rel, findings, Map.of(), Suppressions.NONE, fileConfig);
            Map<String, Object> summaries = loadSummaries(hit.get().summaries(), fileConfig, file.path());
            if (summaries != null) return new Result(rel, findings, summaries, Suppressions.NONE, fileConfig);
            // Corpus checks still need this file's summary and inline comments, so parse it again.
            return lint(file.path(), rel, content, file.format(), fileConfig, findings);
        }
        Result result = lint(file.path(), rel, content, file.format(), fileConfig);
        // A failure may be transient (a service that could not start): let the next run try again.
        if (result.findings().stream().noneMatch(f -> f.ruleId().equals(InternalRules.INTERNAL_ERROR)))
            cache.write(key, result.findings(), storeSummaries(result));
        return result;
    }

    /**
     * The corpus summaries of {@code result} as text, or null when a later run must parse the file again: a
     * corpus rule cannot store its summary, or the file has inline configuration that corpus findings must
     * meet (only a parse gives it).
     */
    private static Map<String, String> storeSummaries(Result result) {
        if (result.suppressions() != Suppressions.NONE) return null;
        Map<String, String> stored = new LinkedHashMap<>();
        for (EnabledRule rule : result.fileConfig().rules().values()) {
            if (!(rule.rule() instanceof CorpusRule<?> corpusRule)) continue;
            Object summary = result.summaries().get(rule.meta().id());
            if (summary == null) continue;
            String text;
            try {
                text = store(corpusRule, summary);
            } catch (RuntimeException e) {
                return null;
            }
            if (text == null) return null;
            stored.put(rule.meta().id(), text);
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static <S> String store(CorpusRule<S> rule, Object summary) {
        return rule.storeSummary((S) summary);
    }

    /** The summaries a run stored for the corpus rules of {@code fileConfig}, or null when the file must be parsed. */
    private static Map<String, Object> loadSummaries(Map<String, String> stored, FileConfig fileConfig, Path file) {
        if (stored == null) return null;
        Map<String, Object> summaries = new HashMap<>();
        for (EnabledRule rule : fileConfig.rules().values()) {
            if (!(rule.rule() instanceof CorpusRule<?> corpusRule)) continue;
            String text = stored.get(rule.meta().id());
            if (text == null) continue; // the rule had nothing to say about this file
            try {
                Object summary = corpusRule.loadSummary(text, file);
                if (summary == null) return null;
                summaries.put(rule.meta().id(), summary);
            } catch (RuntimeException e) {
                return null; // stored by another version of the rule, say: summarize again
            }
        }
        return summaries;
    }

    /** Lints content already in memory (standard input). */
    Result lint(Path path, String relativePath, byte[] content, Format format, FileConfig fileConfig) {
        return lint(path, relativePath, content, format, fileConfig, null);
    }

    /** With {@code cached} findings, only collects the corpus summaries and suppressions and keeps those findings. */
    private Result lint(Path path, String relativePath, byte[] content, Format format, FileConfig fileConfig,
                        List<Finding> cached) {
        List<Finding> findings = new ArrayList<>();
        Document document;
        try {
            document = run.parser().parse(path, relativePath, content, format);
        } catch (Throwable t) {
            rethrowIfFatal(t, run.config());
            String parser = switch (format) {
                case MARKDOWN -> "The Markdown parser";
                case HTML -> "The HTML parser";
                case TEXT -> "The text parser";
            };
            if (run.options().haltOnError()) throw new RuleFailureException("parser " + format, relativePath, t);
            if (cached != null) return new Result(relativePath, cached, Map.of(), Suppressions.NONE, fileConfig);
            return failed(relativePath, fileConfig, InternalRules.INTERNAL_ERROR, parser + " failed on this file: "
                    + describe(t) + ". Please report it with this file.");
        }

        boolean binary = false;
        for (ParseIssue issue : document.issues()) {
            findings.add(new Finding(issue.ruleId(), InternalRules.severity(issue.ruleId()), issue.message(),
                    relativePath, document.location(issue.span())));
            binary |= InternalRules.BINARY_FILE.equals(issue.ruleId());
        }
        Map<String, Object> summaries = new HashMap<>();
        if (!binary) {
            // Binary content parses to an empty document; rules would only report absences on it.
            for (EnabledRule rule : fileConfig.rules().values()) {
                if (cached == null) runRule(rule, document, findings, summaries);
                else if (rule.rule() instanceof CorpusRule<?>) summarize(rule, document, summaries);
            }
        }
        if (cached != null) {
            Suppressions s = run.options().inlineConfig() && !document.comments().isEmpty()
                    ? Suppressions.parse(document.comments(), document.source(), run.registry()) : Suppressions.NONE;
            return new Result(relativePath, cached, summaries, s, fileConfig);
        }

        Suppressions suppressions = Suppressions.NONE;
        if (run.options().inlineConfig() && !document.comments().isEmpty()) {
            suppressions = Suppressions.parse(document.comments(), document.source(), run.registry());
            if (!suppressions.isEmpty()) {
                Suppressions s = suppressions;
                findings.removeIf(f -> s.suppresses(f.ruleId(), f.properties().get(Finding.DETAIL), f.location().line()));
                for (ParseIssue p : s.problems())
                    findings.add(new Finding(p.ruleId(), InternalRules.severity(p.ruleId()), p.message(),
                            relativePath, document.location(p.span())));
            }
        }
        return new Result(relativePath, findings, summaries, suppressions, fileConfig);
    }

    private void runRule(EnabledRule rule, Document document, List<Finding> findings, Map<String, Object> summaries) {
        String id = rule.meta().id();
        EngineRuleContext context = new EngineRuleContext(document, rule, run, findings);
        try {
            rule.rule().check(document, context);
            if (rule.rule() instanceof CorpusRule<?> corpusRule) {
                Object summary = corpusRule.summarize(document, context);
                if (summary != null) summaries.put(id, summary);
            }
        } catch (Throwable t) {
            rethrowIfFatal(t, run.config());
            if (run.options().haltOnError()) throw new RuleFailureException(id, document.relativePath(), t);
            findings.add(internalError(id, document.relativePath(), t, "on this file"));
        }
    }

    private void summarize(EnabledRule rule, Document document, Map<String, Object> summaries) {
        // What the rule reports here was cached with the file's findings; only the summary is new.
        EngineRuleContext context = new EngineRuleContext(document, rule, run, new ArrayList<>());
        try {
            Object summary = ((CorpusRule<?>) rule.rule()).summarize(document, context);
            if (summary != null) summaries.put(rule.meta().id(), summary);
        } catch (Throwable t) {
            rethrowIfFatal(t, run.config());
            if (run.options().haltOnError()) throw new RuleFailureException(rule.meta().id(), document.relativePath(), t);
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
        return new Result(path, List.of(f), Map.of(), Suppressions.NONE, fileConfig);
    }
}
