package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The class of LanguageTool's fixes: only those that keep the meaning are safe. */
class FixClassesTest {
    @Tag("slow")
    @Test
    void languageToolGuessesAreUnsafeButUndoingADoubledWordIsSafe() {
        Map<String, List<FixSafety>> found = new TreeMap<>();
        for (Finding f : RuleTester.forRule("grammar/languagetool").lint("page.md",
                "Check the the settings. This is an test.\n", Map.of()))
            found.put(f.message(), f.fixes().stream().map(Fix::safety).toList());
        List<FixSafety> doubled = null, article = null;
        for (var e : found.entrySet()) {
            if (e.getKey().contains("ENGLISH_WORD_REPEAT_RULE")) doubled = e.getValue();
            if (e.getKey().contains("EN_A_VS_AN")) article = e.getValue();
        }
        assertEquals(List.of(FixSafety.SAFE), doubled, String.valueOf(found));
        assertEquals(List.of(FixSafety.UNSAFE), article, String.valueOf(found));
    }
}
