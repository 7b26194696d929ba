package dev.contentlint.core.engine;

import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The corpus-level hooks, run once after every file, with each file's own config and suppressions. */
final class CorpusChecks {
    private final Run run;
    private final Map<String, FileLinter.Result> byPath = new TreeMap<>();
    private final Map<String, List<Suppressions.Hidden>> hidden = new TreeMap<>();

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

    /** After {@link #run()}: the corpus findings inline comments hid, by path. */
    Map<String, List<Suppressions.Hidden>> hidden() {
        return Collections.unmodifiableMap(hidden);
    }

    /** Whether the inline comments of {@code r} hide {@code f}; a hidden finding is kept for the outputs. */
    private boolean hides(FileLinter.Result r, Finding f) {
        Suppressions.Use u = r.suppressions().hider(f.ruleId(), f.properties().get(Finding.DETAIL), f.location().line());
        if (u == null) return false;
        hidden.computeIfAbsent(r.path(), p -> new ArrayList<>()).add(new Suppressions.Hidden(f, u));
        return true;
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
            report(path, location, message, List.of(), Map.of());
        }

        @Override
        public void report(String path, Location location, String message, List<Fix> fixes,
                           Map<String, String> properties) {
            Location at = location == null ? Location.FILE_START : location;
            fixes = classified(fixes);
            FileLinter.Result r = byPath.get(path);
            if (r == null) {
                // A file outside the run (a glossary file, say): no config or inline comments of its own.
                out.add(new Finding(id, fallback.severity(), message, path, at, fixes, properties));
                return;
            }
            EnabledRule e = r.fileConfig().rules().get(id);
            if (e == null) return;
            Finding f = new Finding(id, e.severity(), message, path, at, fixes, properties);
            if (!hides(r, f)) out.add(f);
        }

        /** The fixes with the rule's declared class on each that names none, as for per-file findings. */
        private List<Fix> classified(List<Fix> fixes) {
            if (fixes == null || fixes.isEmpty()) return List.of();
            List<Fix> out = new java.util.ArrayList<>(fixes.size());
            for (Fix f : fixes)
                out.add(f.safety() == null ? f.withSafety(dev.contentlint.core.rule.FixSafety.defaultFor(fallback.rule())) : f);
            return out;
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
            Finding f = new Finding(id, Severity.INFO, message, path, at);
            if (r == null || !hides(r, f)) out.add(f);
        }

        @Override
        public <T> T service(Class<T> type) {
            return run.services().get(type);
        }
    }
}
