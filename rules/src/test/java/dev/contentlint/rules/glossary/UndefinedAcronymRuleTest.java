package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** glossary/undefined-acronym: reporting only with a glossary, speaker labels and language codes. */
class UndefinedAcronymRuleTest {
    private static final RuleTester TESTER = RuleTester.forRule("glossary/undefined-acronym");
    private static final String PAGE = "# T\n\nThe OTLP exporter sends spans.\n";

    private static List<String> acronyms(String text, Map<String, Object> settings) {
        return TESTER.lint("a.md", text, settings).stream().map(Finding::message)
                .map(m -> m.replaceAll("^\"([^\"]*)\".*", "$1")).toList();
    }

    @Test
    void onlyWithGlossaryReportsWhenTheConfigNamesAGlossary(@TempDir Path dir) throws IOException {
        Path glossary = dir.resolve("glossary.yml");
        Files.writeString(glossary, "terms:\n  - term: span\n");
        assertEquals(List.of(), acronyms(PAGE, Map.of("only-with-glossary", true)));
        assertEquals(List.of("OTLP"), acronyms(PAGE, Map.of("only-with-glossary", true, "glossary", glossary.toString())));
        assertEquals(List.of("OTLP"), acronyms(PAGE, Map.of()), "by default the rule reports without a glossary");
    }

    @Test
    void recommendedTurnsTheRuleOnOnlyWithAGlossary(@TempDir Path dir) throws IOException {
        Path glossary = dir.resolve("glossary.yml");
        Files.writeString(glossary, "terms:\n  - term: span\n");
        RuleTester recommended = RuleTester.forPreset("recommended");
        String page = "# T\n\nThe OTLP exporter sends spans.\n";
        assertFalse(recommended.lint("a.md", page, Map.of()).stream()
                .anyMatch(f -> f.ruleId().equals("glossary/undefined-acronym")));
        assertTrue(recommended.lint("a.md", page, Map.of("glossary", glossary.toString())).stream()
                .anyMatch(f -> f.ruleId().equals("glossary/undefined-acronym") && f.message().startsWith("\"OTLP\"")));
    }

    @Test
    void speakerLabelsNeedAWordBeforeAColonAtTheStart() {
        assertTrue(label("KAYLA: Thanks for joining."));
        assertTrue(label("  NOTE: read this."));
        assertFalse(label("OTLP: the protocol."), "initials, not a word");
        assertFalse(label("Ask KAYLA: she knows."), "not at the start");
        assertFalse(label("KAYLA said hello."), "no colon");
    }

    private static boolean label(String text) {
        Acronyms.Token t = Acronyms.find(text).isEmpty() ? null : Acronyms.find(text).get(0);
        return t != null && UndefinedAcronymRule.speakerLabel(text, t);
    }

    @Test
    void twoLanguageCodesInABlockAreALanguageList() {
        assertEquals(List.of(), acronyms("# T\n\nPick EN, DE or JA from the menu.\n", Map.of()));
        assertEquals(List.of("DE"), acronyms("# T\n\nThe DE team owns the page.\n", Map.of()), "one alone may be an acronym");
    }
}
