package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** RuleTester run end to end, through the config loader and engine, with a rule defined here. */
class RuleTesterTest {
    /** Reports every line that contains the marker word. */
    @RuleInfo(id = "testing/marker-word", summary = "Lines should not hold the marker word", category = Category.STYLE)
    public static final class MarkerWordRule implements Rule {
        /** The word to find. */
        public record Options(@Option(description = "The word to report", defaultValue = "XXX") String word) {}

        @Override
        public void check(Document document, RuleContext context) {
            String word = context.options(Options.class).word();
            SourceText s = document.source();
            for (int line = 1; line <= s.lineCount(); line++) {
                int i = s.lineText(line).indexOf(word);
                if (i >= 0) {
                    int start = s.lineStart(line) + i;
                    context.report(new Span(start, start + word.length()), "Line holds " + word + ".");
                }
            }
        }
    }

    /** Provides only the test rule. */
    static final class TestRules implements RuleProvider {
        @Override
        public List<Rule> rules() {
            return List.of(new MarkerWordRule());
        }
    }

    private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(new TestRules()));
    private static final RuleTester TESTER = RuleTester.forRule("testing/marker-word", REGISTRY);

    @TempDir
    Path dir;

    private Path fixture(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void correctFixturePasses() throws IOException {
        TESTER.check(fixture("ok.txt", """
                Title

                A line with XXX in it. <!-- expect: testing/marker-word "holds XXX" -->
                A clean line.
                XXX again <!-- expect: testing/marker-word -->
                """));
    }

    @Test
    void frontMatterStyleAbsoluteLineMarkerPasses() throws IOException {
        TESTER.check(fixture("abs.txt", """
                <!-- expect@4: testing/marker-word -->
                Title

                XXX
                """));
    }

    @Test
    void missingFindingFails() throws IOException {
        Path p = fixture("missing.txt", """
                Title

                A clean line. <!-- expect: testing/marker-word -->
                """);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TESTER.check(p));
        assertTrue(e.getMessage().contains("missing finding: line 3: testing/marker-word"), e.getMessage());
    }

    @Test
    void extraFindingFails() throws IOException {
        Path p = fixture("extra.txt", """
                Title

                A line with XXX in it.
                """);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TESTER.check(p));
        assertTrue(e.getMessage().contains("extra finding: extra.txt:3:13: Line holds XXX. [testing/marker-word]"), e.getMessage());
    }

    @Test
    void wrongMessageSubstringFails() throws IOException {
        Path p = fixture("wrong.txt", """
                Title

                A line with XXX in it. <!-- expect: testing/marker-word "holds YYY" -->
                """);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TESTER.check(p));
        assertTrue(e.getMessage().contains("wrong message: line 3: testing/marker-word \"holds YYY\""), e.getMessage());
    }

    @Test
    void unusedMarkerFails() throws IOException {
        Path p = fixture("unused.txt", """
                Title

                A line with XXX in it. <!-- expect: testing/marker-word -->
                Another line. <!-- expect: testing/other-rule -->
                """);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TESTER.check(p));
        assertTrue(e.getMessage().contains("unused marker, testing/other-rule is not under test"), e.getMessage());
    }

    @Test
    void fixtureOptionsReachTheRule() throws IOException {
        TESTER.check(fixture("options.txt", """
                <!-- contentlint-config: {"today": "2026-11-26", "word": "TODO"} -->
                Title

                XXX is fine here.
                TODO: write this. <!-- expect: testing/marker-word "holds TODO" -->
                """));
    }

    @Test
    void markersStayCommentsInMarkdown() throws IOException {
        // In Markdown the marker is not blanked, so a marker holding the word is itself found.
        TESTER.check(fixture("md.md", """
                # Title

                Plain text. <!-- expect: testing/marker-word "XXX" -->
                """));
    }

    @Test
    void configLinesAreBuiltFromTheFixture() {
        assertEquals("extends: none\ntoday: \"2026-11-26\"\nrules:\n  \"testing/marker-word\": {\"severity\": \"warning\", \"word\": \"W\"}\n",
                TESTER.configYaml(Map.of("today", "2026-11-26", "word", "W").entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                                java.util.LinkedHashMap::new))));
    }

    @Test
    void unknownRuleIsRejectedWithTheClosestId() {
        var e = assertThrows(IllegalArgumentException.class, () -> RuleTester.forRule("testing/marker-wrd", REGISTRY));
        assertEquals("unknown rule 'testing/marker-wrd'; did you mean 'testing/marker-word'?", e.getMessage());
    }

    @Test
    void dynamicTestsNameEachFixture() throws IOException {
        fixture("a.txt", "Title\n\nXXX <!-- expect: testing/marker-word -->\n");
        Path b = fixture("b.txt", "Title\n\nclean\n");
        List<DynamicTest> tests = TESTER.withFixturesRoot(dir).dynamicTests(List.of(dir.resolve("a.txt"), b)).toList();
        assertEquals(List.of("a.txt", "b.txt"), tests.stream().map(DynamicTest::getDisplayName).toList());
    }
}
