package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Input LanguageTool cannot or should not check is skipped with a note, and the rest of the file is checked. */
@Tag("slow")
class BadInputTest {
    private static final RuleTester TESTER = RuleTester.forRule("grammar/languagetool");
    private static final String ERROR = "This is an test of the page.\n";

    private static List<String> found(String text) {
        return TESTER.lint("a.md", text, Map.of()).stream()
                .map(f -> f.location().line() + " " + f.severity() + " "
                        + (f.severity() == Severity.INFO ? f.message().replaceAll(":.*", "") : f.properties().get("languagetoolRule")))
                .toList();
    }

    @Test
    void aHugeParagraphWithoutPunctuationIsSkipped() {
        String huge = "word ".repeat(25_000) + "\n"; // 125 KB, one sentence
        long start = System.nanoTime();
        List<String> out = found("# T\n\n" + huge + "\n" + ERROR);
        assertEquals(List.of("3 INFO Grammar and spelling were not checked in this block", "5 WARNING EN_A_VS_AN"), out);
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "took too long");
    }

    @Test
    void textInAnotherLanguageIsSkipped() {
        String german = "Die Katze schläft heute den ganzen Tag auf dem warmen Sofa im Wohnzimmer, weil draußen "
                + "der Regen nicht aufhören will und niemand spazieren gehen möchte.\n";
        assertEquals(List.of("3 INFO Grammar and spelling were not checked in this block", "5 WARNING EN_A_VS_AN"),
                found("# T\n\n" + german + "\n" + ERROR));
    }

    @Test
    void textInAnotherScriptIsSkippedButMixedTextIsChecked() {
        String japanese = "これは日本語の文章です。東京は日本の首都です。\n";
        String mixed = "The word 東京 names the capital, and this is an test.\n";
        assertEquals(List.of("3 INFO Grammar and spelling were not checked in this block", "5 WARNING EN_A_VS_AN"),
                found("# T\n\n" + japanese + "\n" + mixed));
    }

    @Test
    void manyShortParagraphsAreAllChecked() {
        StringBuilder sb = new StringBuilder("# T\n\n");
        for (int i = 0; i < 300; i++) sb.append("Item ").append(i).append(" works well.\n\n");
        sb.append(ERROR);
        List<Finding> findings = TESTER.lint("a.md", sb.toString(), Map.of());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(603, findings.get(0).location().line());
    }

    /**
     * A page on which a LanguageTool rule throws: the rest of the page is still checked, and the one block it
     * failed on gets one note, not an internal error for the whole file.
     */
    @Test
    void aLanguageToolFailureOnOneBlockLeavesTheRestChecked() throws java.io.IOException {
        java.nio.file.Path page = dev.contentlint.testing.SharedData.path("repro/grammar-internal-error/case0062.html");
        String html = java.nio.file.Files.readString(page);
        List<Finding> findings = TESTER.lint("case0062.html", html, Map.of());
        List<Finding> internal = findings.stream().filter(f -> f.ruleId().startsWith("contentlint/")).toList();
        assertEquals(List.of(), internal);
        List<Finding> notes = findings.stream().filter(f -> f.severity() == Severity.INFO).toList();
        assertTrue(notes.size() <= 1, notes.toString());
        assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.WARNING), findings.toString());
    }
}
