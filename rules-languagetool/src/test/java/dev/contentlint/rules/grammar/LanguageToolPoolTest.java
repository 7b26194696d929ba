package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * LanguageTool loads once per JVM and settings, not once per run: a Maven build that checks several modules
 * (one engine run each) pays its start-up once.
 */
@Tag("slow")
class LanguageToolPoolTest {
    private static final RuleTester TESTER = RuleTester.forRule("grammar/languagetool");

    @Test
    void aSecondRunInTheSameJvmLoadsNoNewInstance() {
        String text = "# Title\n\nThis is a apple.\n";
        assertEquals(1, TESTER.lint("first.md", text, Map.of()).size(), "the first run checks");
        int loaded = InProcessLanguageTool.LOADED.get();
        assertTrue(loaded >= 1, "the first run loaded LanguageTool or found it in the pool");
        for (int run = 0; run < 3; run++)
            assertEquals(1, TESTER.lint("again-" + run + ".md", text, Map.of()).size(), "every run checks");
        assertEquals(loaded, InProcessLanguageTool.LOADED.get(), "later runs reuse the pooled instance");
    }
}
