package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with the real Markdown, HTML and text parsers. */
class EngineParsingTest {
    @TempDir Path root;

    private final RuleRegistry registry = TestRules.registry();

    private void write(String relative, String content) throws IOException {
        Files.writeString(root.resolve(relative), content);
    }

    private List<String> lint(TestConfig config, String... args) {
        RunResult r = new Engine(config, registry, EngineOptions.defaults(root).withJobs(2), List.of())
                .run(java.util.Arrays.stream(args).map(Input::of).toList());
        return r.findings().stream().map(f -> f.path() + ":" + f.location().line() + ":" + f.location().column()
                + " " + f.ruleId() + " " + f.message()).toList();
    }

    private TestConfig config() {
        return new TestConfig(root).rule(new TestRules.BadWordRule(), null, new TestRules.BadWordRule.Options("evil"))
                .rule(new TestRules.OtherWordRule());
    }

    @Test
    void markdownSuppressionsWork() throws IOException {
        write("a.md", "# Title\n\nevil other\n\n<!-- contentlint-disable test/bad-word -->\n\nevil other\n\n"
                + "<!-- contentlint-enable -->\n\nevil <!-- contentlint-disable-line test/other-word --> other\n");
        assertEquals(List.of(
                "a.md:3:1 test/bad-word Avoid 'evil'",
                "a.md:3:6 test/other-word Avoid 'other'",
                "a.md:7:6 test/other-word Avoid 'other'",
                "a.md:11:1 test/bad-word Avoid 'evil'"), lint(config(), "."));
    }

    @Test
    void htmlSuppressionsWorkAndUnknownIdsAreReportedAtTheId() throws IOException {
        write("a.html", "<!DOCTYPE html>\n<html lang=\"en\"><body>\n<p>evil</p>\n"
                + "<!-- contentlint-disable-next-line test/bad-wrd test/bad-word -->\n<p>evil other</p>\n</body></html>\n");
        assertEquals(List.of(
                "a.html:3:4 test/bad-word Avoid 'evil'",
                "a.html:4:36 contentlint/inline-config Unknown rule 'test/bad-wrd' in contentlint-disable-next-line; "
                        + "did you mean 'test/bad-word'?",
                "a.html:5:9 test/other-word Avoid 'other'"), lint(config(), "."));
    }

    @Test
    void commentsInsideCodeAreNotDirectives() throws IOException {
        write("a.md", "```html\n<!-- contentlint-disable -->\n```\n\nevil\n");
        assertEquals(List.of("a.md:5:1 test/bad-word Avoid 'evil'"), lint(config(), "."));
    }

    @Test
    void positionsInCrlfFilesWithWideCharactersAreExact() throws IOException {
        Files.write(root.resolve("a.txt"), "Ünïcödé line\r\n🙂 then evil\r\n".getBytes(StandardCharsets.UTF_8));
        RunResult r = new Engine(config(), registry, EngineOptions.defaults(root), List.of()).run(List.of(Input.of("a.txt")));
        assertEquals(new Location(2, 8, 2, 12), r.findings().get(0).location());
    }

    @Test
    void binaryFilesAreReportedOnceAndNotLinted() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 7 == 0 ? 0 : 'e');
        Files.write(root.resolve("logo.md"), bytes);
        List<String> found = lint(config().rule(new TestRules.TodayRule()), ".");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("logo.md:1:1 contentlint/binary-file "), found.get(0));
    }

    @Test
    void invalidFrontMatterIsAFindingAndTheRestIsLinted() throws IOException {
        write("a.md", "---\ntitle: [unclosed\n---\n\nevil\n");
        List<String> found = lint(config(), ".");
        assertTrue(found.stream().anyMatch(s -> s.contains("contentlint/front-matter")), found.toString());
        assertTrue(found.contains("a.md:5:1 test/bad-word Avoid 'evil'"), found.toString());
    }

    @Test
    void stdinWithoutAKnownExtensionIsMarkdown() {
        RunResult r = new Engine(config(), registry, EngineOptions.defaults(root), List.of())
                .run(List.of(Input.stdin("<!-- contentlint-disable-next-line -->\nevil\n\nevil\n".getBytes(StandardCharsets.UTF_8), null)));
        assertEquals(List.of("<stdin>"), r.files());
        assertEquals(1, r.findings().size());
        assertEquals(4, r.findings().get(0).location().line());
    }
}
