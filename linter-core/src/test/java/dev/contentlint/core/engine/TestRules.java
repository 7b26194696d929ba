package dev.contentlint.core.engine;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.document.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Small rules that exercise the engine: each does one observable thing. */
final class TestRules {
    private TestRules() {}

    static RuleRegistry registry(Rule... rules) {
        RuleProvider provider = () -> List.of(rules);
        return new RuleRegistry(List.of(provider));
    }

    static RuleRegistry registry() {
        return registry(new BadWordRule(), new OtherWordRule(), new ThrowingRule(), new CountingCorpusRule());
    }

    /** Reports every occurrence of its word (default "bad"). */
    @RuleInfo(id = "test/bad-word", summary = "Finds a word", severity = Severity.ERROR, category = Category.STYLE,
            aliases = {"test/old-bad-word"})
    static final class BadWordRule implements Rule {
        record Options(@Option(description = "the word", defaultValue = "bad") String word) {}

        @Override
        public void check(Document document, RuleContext context) {
            String word = context.options(Options.class).word();
            String text = document.text();
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
                context.report(new Span(i, i + word.length()), "Avoid '" + word + "'");
        }
    }

    /** Reports every "other". */
    @RuleInfo(id = "test/other-word", summary = "Finds another word", category = Category.STYLE)
    static final class OtherWordRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            String text = document.text();
            for (int i = text.indexOf("other"); i >= 0; i = text.indexOf("other", i + 1))
                context.report(new Span(i, i + 5), "Avoid 'other'");
        }
    }

    /** Throws on documents containing "boom". */
    @RuleInfo(id = "test/throws", summary = "Fails", category = Category.STYLE)
    static final class ThrowingRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            if (document.text().contains("boom")) throw new IllegalStateException("cannot handle boom");
        }
    }

    /** Recurses without end. */
    @RuleInfo(id = "test/deep", summary = "Overflows the stack", category = Category.STYLE)
    static final class DeepRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            context.reportFile("depth " + depth(0));
        }

        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    /** Reports the date it is told. */
    @RuleInfo(id = "test/today", summary = "Tells the date", severity = Severity.INFO, category = Category.FRESHNESS)
    static final class TodayRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            context.reportFile("today is " + context.today());
        }
    }

    /** Counts "bad" per file and reports the total on every file that has some. */
    @RuleInfo(id = "test/corpus", summary = "Counts across files", category = Category.GLOSSARY)
    static final class CountingCorpusRule implements CorpusRule<Integer> {
        /** Summaries made by parsing a file, in this JVM. */
        static final AtomicInteger SUMMARIZED = new AtomicInteger();
        /** Whether {@link #storeSummary} stores, so the run cache can skip parsing unchanged files. */
        static volatile boolean storing = true;

        @Override
        public void check(Document document, RuleContext context) { }

        @Override
        public boolean storeSummary(Integer summary, dev.contentlint.core.io.FieldWriter out) {
            if (storing) out.number(summary);
            return storing;
        }

        @Override
        public Integer loadSummary(dev.contentlint.core.io.FieldReader in, java.nio.file.Path file) {
            return in.integer();
        }

        @Override
        public Integer summarize(Document document, RuleContext context) {
            SUMMARIZED.incrementAndGet();
            int n = 0;
            for (int i = document.text().indexOf("bad"); i >= 0; i = document.text().indexOf("bad", i + 1)) n++;
            return n == 0 ? null : n;
        }

        @Override
        public void checkCorpus(Map<String, Integer> summaries, CorpusContext context) {
            int total = summaries.values().stream().mapToInt(Integer::intValue).sum();
            for (String path : summaries.keySet())
                context.report(path, new Location(1, 1, 1, 2), total + " in " + summaries.size() + " files; "
                        + "enabled here: " + context.enabledFor(path) + "; " + context.today());
        }
    }

    /** A service that remembers which threads used it. */
    static final class Recorder {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
    }

    /** A second service type, shared by all threads; it knows whether the run closed it. */
    static final class SharedRecorder implements AutoCloseable {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    static final class RecorderFactory implements ServiceFactory<Recorder> {
        final AtomicInteger created = new AtomicInteger();
        final List<Recorder> instances = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override public Class<Recorder> type() { return Recorder.class; }

        @Override
        public Recorder create(ServiceSettings settings) {
            created.incrementAndGet();
            Recorder r = new Recorder();
            instances.add(r);
            return r;
        }

        @Override public boolean perThread() { return true; }
    }

    static final class SharedRecorderFactory implements ServiceFactory<SharedRecorder> {
        final AtomicInteger created = new AtomicInteger();
        volatile String language;
        volatile SharedRecorder last;

        @Override public Class<SharedRecorder> type() { return SharedRecorder.class; }

        @Override
        public SharedRecorder create(ServiceSettings settings) {
            created.incrementAndGet();
            language = settings.language();
            return last = new SharedRecorder();
        }
    }

    /** Uses both services on every document. */
    @RuleInfo(id = "test/services", summary = "Uses services", category = Category.GRAMMAR)
    static final class ServiceRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            String thread = Thread.currentThread().getName();
            context.service(Recorder.class).threads.add(thread);
            context.service(SharedRecorder.class).threads.add(thread);
        }
    }

    /** Asks for options of a type that is not its own. */
    @RuleInfo(id = "test/wrong-options", summary = "Misreads options", category = Category.STYLE)
    static final class WrongOptionsRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            context.options(BadWordRule.Options.class);
        }
    }

    /** Reports "seen" once per document and counts how often it ran, so tests can see the cache skip work. */
    @RuleInfo(id = "test/counting", summary = "Counts its runs", category = Category.STYLE)
    static final class CountingRule implements Rule {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void check(Document document, RuleContext context) {
            runs.incrementAndGet();
            context.report(new Span(0, Math.min(1, document.text().length())), "seen",
                    List.of(new dev.contentlint.core.rule.Fix(new Location(1, 1, 1, 2), "S", "Capitalise")),
                    Map.of("k", "v"));
        }
    }

    /** Finds its config setting unusable, as a glossary rule would with a bad pattern. */
    @RuleInfo(id = "test/config-error", summary = "Rejects its setting", category = Category.GLOSSARY)
    static final class ConfigErrorRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            throw new dev.contentlint.core.rule.ConfigException(null, 0, "glossary",
                    "pattern '[' is not a valid regular expression; escape the bracket");
        }
    }
}
