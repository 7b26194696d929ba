package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * grammar/languagetool reports at the exact source position of LanguageTool's match, through markup,
 * CRLF line breaks and characters outside the Basic Multilingual Plane; the JVM-wide pool means these
 * tests load LanguageTool once.
 */
@Tag("slow")
class LanguagetoolPositionsTest {
    private static final RuleTester TESTER = RuleTester.forRule("grammar/languagetool");

    private static List<String> found(String name, String text) {
        return TESTER.lint(name, text, Map.of()).stream()
                .map(f -> f.location().line() + ":" + f.location().column() + "-" + f.location().endLine() + ":"
                        + f.location().endColumn() + " " + f.properties().get("languagetoolRule")).toList();
    }

    @Test
    void markdownWithCrlfEmojiAndAccents() {
        assertEquals(List.of("3:16-3:18 EN_A_VS_AN"),
                found("a.md", "# Café\r\n\r\nThe 😀 émoji is an test of the page.\r\n"));
    }

    @Test
    void afterInlineCodeAndEmphasisOnASoftBreak() {
        assertEquals(List.of("4:15-4:17 EN_A_VS_AN"),
                found("a.md", "# Title\n\nRun `npm install` *first*, then\nrun the tool: an test follows.\n"));
    }

    @Test
    void htmlWithCrlfAndEntities() {
        assertEquals(List.of("3:35-3:37 EN_A_VS_AN"),
                found("a.html", "<html lang=\"en\"><body>\r\n<h1>Notes</h1>\r\n"
                        + "<p>Cr&egrave;me is sweet. This is an test.</p>\r\n</body></html>\r\n"));
    }

    @Test
    void findingCarriesRuleIdAndFixes() {
        List<Finding> findings = TESTER.lint("a.md", "# T\n\nThis is an test of the page.\n", Map.of());
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertTrue(f.message().endsWith("(EN_A_VS_AN)"), f.message());
        assertEquals("EN_A_VS_AN", f.properties().get("languagetoolRule"));
        assertEquals("EN_A_VS_AN", f.properties().get(Finding.DETAIL));
        assertEquals("a", f.fixes().get(0).replacement());
        assertEquals(f.location(), f.fixes().get(0).location());
    }

    @Test
    void oneLanguageToolRuleIsSuppressedInline() {
        String text = "# T\n\n<!-- contentlint-disable-next-line grammar/languagetool:EN_A_VS_AN -->\n"
                + "This is an test of the page.\n\n"
                + "<!-- contentlint-disable-next-line grammar/languagetool:SOME_OTHER_RULE -->\n"
                + "This is an test of the page.\n";
        assertEquals(List.of("7:9-7:11 EN_A_VS_AN"), found("a.md", text));
    }

    @Test
    void headingsListItemsAndCellsAreSeparateSentences() {
        // Without their own units, "Install" after "Overview" would run on as one sentence.
        assertEquals(List.of(), found("a.md", "# Overview\n\n## Install\n\n- download the file\n- run it\n\n"
                + "| Name | Value |\n| --- | --- |\n| port | The port to use. |\n"));
    }
}
