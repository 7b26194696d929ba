package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A buffer is linted as the file it names, with that file's config and limits, and the file is never read. */
class BufferInputTest {
    @TempDir Path root;

    private static final TestRules.BadWordRule.Options BAD = new TestRules.BadWordRule.Options("bad");

    /** The format the engine parsed a document as. */
    static final class FormatProduct implements DocumentProduct<Format> {
        @Override public String id() { return "test/format"; }
        @Override public Format compute(Document document) { return document.format(); }
        @Override public void store(Format value, FieldWriter out) { out.string(value.name()); }
        @Override public Format load(FieldReader in, Path file) { return Format.valueOf(in.string()); }
    }

    private final FormatProduct format = new FormatProduct();

    /** Info severity for the bad-word rule under docs/drafts/: an override the buffer's path must meet. */
    private TestConfig config() {
        return new TestConfig(root).maxFileSize(50).rule(new TestRules.BadWordRule(), null, BAD)
                .override((path, rules) -> {
                    if (!path.startsWith("docs/drafts/")) return rules;
                    EnabledRule e = rules.get("test/bad-word");
                    rules.put("test/bad-word", new EnabledRule(e.meta(), e.rule(), Severity.INFO, e.options()));
                    return rules;
                });
    }

    private RunResult lint(TestConfig config, Path base, Input... inputs) {
        return new Engine(config, TestRules.registry(), EngineOptions.defaults(base).withJobs(2), List.of())
                .withParser(new TestParser()).run(List.of(inputs), List.of(format));
    }

    private static Input buffer(String name, String text) {
        return Input.buffer(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> describe(RunResult r) {
        return r.findings().stream().map(f -> f.path() + ":" + f.location().line() + " " + f.severity().id() + " "
                + f.ruleId()).toList();
    }

    @Test
    void aBufferIsLintedAsThePathItNamesAndTheFileOnDiskIsNotRead() throws IOException {
        Path file = root.resolve("docs/drafts/page.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "saved text without the word\n");
        TestConfig config = config();
        RunResult r = lint(config, root, buffer("docs/drafts/page.html", "unsaved\nbad edit\n"));
        assertEquals(List.of("docs/drafts/page.html:2 info test/bad-word"), describe(r),
                "the buffer's text, with the override of its path");
        assertEquals(List.of("docs/drafts/page.html"), r.files());
        assertEquals(Map.of("docs/drafts/page.html", Format.HTML), r.products(format), "format by extension");
        assertEquals(List.of("docs/drafts/page.html"), config.forFileCalls);
    }

    @Test
    void anAbsoluteOrRoundaboutNameIsNamedRelativeToTheBaseAndConfigPathsToTheConfigFolder() throws IOException {
        Files.createDirectories(root.resolve("docs/drafts"));
        TestConfig config = config();
        RunResult r = lint(config, root.resolve("docs"),
                buffer(root.resolve("docs/drafts/a.md").toString(), "bad\n"),
                buffer("drafts/../drafts/b.txt", "bad\n"),
                buffer("notes", "bad\n"));
        assertEquals(List.of("drafts/a.md:1 info test/bad-word", "drafts/b.txt:1 info test/bad-word",
                "notes:1 error test/bad-word"), describe(r));
        assertEquals(Map.of("drafts/a.md", Format.MARKDOWN, "drafts/b.txt", Format.TEXT, "notes", Format.MARKDOWN),
                r.products(format), "Markdown without an extension");
        assertTrue(config.forFileCalls.containsAll(List.of("docs/drafts/a.md", "docs/drafts/b.txt", "docs/notes")),
                config.forFileCalls.toString());
    }

    @Test
    void aBufferStandsInForTheWalkedFileOfItsPath() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.md"), "bad on disk\n");
        Files.writeString(root.resolve("docs/b.md"), "bad\n");
        RunResult r = lint(config(), root, Input.of("docs"), buffer("docs/a.md", "clean\n\nbad unsaved\n"));
        assertEquals(List.of("docs/a.md:3 error test/bad-word", "docs/b.md:1 error test/bad-word"), describe(r),
                "the buffer's text instead of the file's, and the file once");
        assertEquals(List.of("docs/a.md", "docs/b.md"), r.files());
    }

    @Test
    void aBufferMeetsTheLimitsAndSuppressionsAFileMeets() {
        RunResult r = lint(config(), root,
                buffer("big.md", "bad ".repeat(20)),
                Input.buffer("image.md", new byte[] {'b', 'a', 'd', 0, 1}),
                buffer("quiet.md", "<!-- contentlint-disable test/bad-word -->\nbad\n"));
        assertEquals(List.of("big.md:1 warning contentlint/file-too-large", "image.md:1 info contentlint/binary-file"),
                describe(r));
        assertEquals("The content is more than max-file-size (50 bytes); it was not linted. Raise max-file-size "
                + "in the config or exclude the file.", r.findings().get(0).message());
        assertEquals(Map.of("quiet.md", Format.MARKDOWN), r.products(format));
    }

    @Test
    void aCachedBufferIsKeyedByItsContent() throws IOException {
        EngineOptions cached = EngineOptions.defaults(root).withCacheDirectory(root.resolve(".cache"));
        DocumentProductTest.CountingParser parser = new DocumentProductTest.CountingParser();
        Engine engine = new Engine(config(), TestRules.registry(), cached, List.of()).withParser(parser);
        RunResult first = engine.run(List.of(buffer("a.md", "bad\n")), List.of(format));
        RunResult second = engine.run(List.of(buffer("a.md", "bad\n")), List.of(format));
        assertEquals(first.findings(), second.findings());
        assertEquals(first.products(format), second.products(format));
        assertEquals(1, parser.total(), "the same content is not parsed twice");
        RunResult edited = engine.run(List.of(buffer("a.md", "fine\n")), List.of(format));
        assertEquals(List.of(), edited.findings());
        assertEquals(2, parser.total());
    }
}
