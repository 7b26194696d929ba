package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-file products: computed from the one parse, left out for files that did not parse, kept in the run cache. */
class DocumentProductTest {
    @TempDir Path root;

    private static final TestRules.BadWordRule.Options BAD = new TestRules.BadWordRule.Options("bad");

    /** The length of a document's text; fails on documents saying "product-crash". */
    static final class Length implements DocumentProduct<Integer> {
        private final String id;

        Length(String id) {
            this.id = id;
        }

        @Override public String id() { return id; }

        @Override
        public Integer compute(Document document) {
            if (document.text().contains("product-crash")) throw new IllegalStateException("cannot measure");
            return document.text().length();
        }

        @Override public void store(Integer value, FieldWriter out) { out.number(value); }

        @Override public Integer load(FieldReader in, Path file) { return in.integer(); }
    }

    /** Counts parses per relative path. */
    static final class CountingParser implements DocumentParser {
        final Map<String, AtomicInteger> parses = new ConcurrentHashMap<>();
        private final TestParser parser = new TestParser();

        @Override
        public Document parse(Path path, String relativePath, byte[] content, Format format) {
            parses.computeIfAbsent(relativePath, p -> new AtomicInteger()).incrementAndGet();
            return parser.parse(path, relativePath, content, format);
        }

        int total() {
            return parses.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private TestConfig config() {
        return new TestConfig(root).maxFileSize(100).rule(new TestRules.BadWordRule(), null, BAD)
                .rule(new TestRules.CountingCorpusRule());
    }

    private RunResult run(CountingParser parser, EngineOptions options, List<DocumentProduct<?>> products) {
        return new Engine(config(), TestRules.registry(), options, List.of()).withParser(parser)
                .run(List.of(Input.of(".")), products);
    }

    private EngineOptions options() {
        return EngineOptions.defaults(root).withJobs(2);
    }

    @Test
    void eachParsedFileGetsItsProductAndFilesThatDidNotParseGetFindingsInstead() throws IOException {
        write("a.md", "one bad\n");
        write("docs/b.md", "hello\n");
        write("big.md", "x".repeat(200));
        Files.write(root.resolve("image.md"), new byte[] {'b', 0, 1});
        write("crash.md", "parser-crash\n");
        Length length = new Length("test/length");
        CountingParser parser = new CountingParser();
        RunResult r = run(parser, options(), List.of(length));

        assertEquals(Map.of("a.md", 8, "docs/b.md", 6), r.products(length));
        assertEquals(java.util.Optional.of(8), r.product("a.md", length));
        assertEquals(java.util.Optional.empty(), r.product("big.md", length));
        assertEquals(List.of("a.md", "big.md", "crash.md", "docs/b.md", "image.md"), r.files());
        assertEquals(List.of("a.md test/corpus", "a.md test/bad-word", "big.md contentlint/file-too-large",
                "crash.md contentlint/internal-error", "image.md contentlint/binary-file"), describe(r));
        assertEquals(Map.of("a.md", 1, "docs/b.md", 1, "image.md", 1, "crash.md", 1), counts(parser),
                "each file that fits is parsed once, for rules and products together");
    }

    @Test
    void theRunCacheKeepsProductsSoUnchangedFilesAreNotParsedAgain() throws IOException {
        write("a.md", "one bad\n");
        write("b.md", "hello\n");
        Files.write(root.resolve("image.md"), new byte[] {'b', 0, 1});
        EngineOptions cached = options().withCacheDirectory(root.resolve(".cache"));
        Length length = new Length("test/length");

        CountingParser cold = new CountingParser();
        RunResult first = run(cold, cached, List.of(length));
        assertEquals(3, cold.total());

        CountingParser warm = new CountingParser();
        RunResult second = run(warm, cached, List.of(length));
        assertEquals(0, warm.total(), "findings, summaries and products all come from the cache");
        assertEquals(first.findings(), second.findings());
        assertEquals(first.products(length), second.products(length));

        CountingParser more = new CountingParser();
        Length other = new Length("test/other-length");
        RunResult third = run(more, cached, List.of(length, other));
        assertEquals(Map.of("a.md", 1, "b.md", 1, "image.md", 1), counts(more),
                "a product the entries lack needs one parse of each file");
        assertEquals(first.findings(), third.findings(), "the findings still come from the cache");
        assertEquals(Map.of("a.md", 8, "b.md", 6), third.products(other));

        CountingParser again = new CountingParser();
        run(again, cached, List.of(length, other));
        assertEquals(0, again.total(), "the entries were completed with the new product");

        CountingParser checkOnly = new CountingParser();
        assertEquals(first.findings(), run(checkOnly, cached, List.of()).findings());
        assertEquals(0, checkOnly.total(), "a run without products shares the entries");
    }

    @Test
    void aProductThatThrowsIsAnInternalErrorAndIsNotCached() throws IOException {
        write("a.md", "product-crash bad\n");
        EngineOptions cached = options().withCacheDirectory(root.resolve(".cache"));
        Length length = new Length("test/length");
        RunResult r = run(new CountingParser(), cached, List.of(length));
        assertEquals(List.of("a.md contentlint/internal-error", "a.md test/corpus", "a.md test/bad-word"), describe(r));
        assertTrue(r.findings().get(0).message().startsWith("Computing test/length failed on this file: "
                + "java.lang.IllegalStateException: cannot measure"), r.findings().get(0).message());
        CountingParser parser = new CountingParser();
        assertEquals(r.findings(), run(parser, cached, List.of(length)).findings());
        assertEquals(1, parser.total(), "a failed file is linted afresh");
        assertThrows(RuleFailureException.class, () -> new Engine(config(), TestRules.registry(),
                options().withHaltOnError(true), List.of()).withParser(new TestParser())
                .run(List.of(Input.of(".")), List.of(length)));
    }

    @Test
    void measuringRunsNoRuleButStillReportsFilesThatCannotBeLinted() throws IOException {
        write("a.md", "one bad\n");
        write("big.md", "x".repeat(200));
        Files.write(root.resolve("image.md"), new byte[] {'b', 0, 1});
        Length length = new Length("test/length");
        CountingParser parser = new CountingParser();
        RunResult r = new Engine(config(), TestRules.registry(), options(), List.of()).withParser(parser)
                .measure(List.of(Input.of(".")), List.of(length));
        assertEquals(List.of("big.md contentlint/file-too-large", "image.md contentlint/binary-file"), describe(r));
        assertEquals(Map.of("a.md", 8), r.products(length));
        assertTrue(r.rules().stream().allMatch(m -> InternalRules.isInternal(m.id())), r.rules().toString());

        EngineOptions cached = options().withCacheDirectory(root.resolve(".cache"));
        run(new CountingParser(), cached, List.of(length));
        RunResult measured = new Engine(config(), TestRules.registry(), cached, List.of()).withParser(new TestParser())
                .measure(List.of(Input.of(".")), List.of(length));
        assertEquals(r.findings(), measured.findings(), "entries written with rules do not serve a run without them");
    }

    @Test
    void twoProductsWithOneIdAreAMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(new CountingParser(), options(), List.of(new Length("x"), new Length("x"))));
        assertEquals("two products share the id x", e.getMessage());
    }

    private static Map<String, Integer> counts(CountingParser parser) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        parser.parses.forEach((p, n) -> out.put(p, n.get()));
        return out;
    }

    private static List<String> describe(RunResult r) {
        return r.findings().stream().map((Finding f) -> f.path() + " " + f.ruleId()).toList();
    }
}
