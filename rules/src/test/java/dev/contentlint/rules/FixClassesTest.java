package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class of each built-in rule's fixes: only those that keep the meaning are safe. */
class FixClassesTest {
    /** What each finding's message names, to the classes of its fixes. */
    private static Map<String, List<FixSafety>> classes(String rule, String text, Map<String, Object> settings) {
        Map<String, List<FixSafety>> out = new TreeMap<>();
        for (Finding f : RuleTester.forRule(rule).lint("page.md", text, settings))
            out.put(f.message(), f.fixes().stream().map(Fix::safety).toList());
        return out;
    }

    @Test
    void aSubstitutionWithOneReplacementIsSafeAndOneWithSeveralOnlySuggests() {
        var found = classes("style/wordy-phrases", "Wait prior to the upgrade, in accordance with the policy.\n", Map.of());
        assertEquals(Map.of(
                "Consider 'before' instead of 'prior to'", List.of(FixSafety.SAFE),
                "Consider 'under' or 'following' instead of 'in accordance with'",
                List.of(FixSafety.SUGGESTION, FixSafety.SUGGESTION)), found);
    }

    @Test
    void aRejectedGlossarySpellingIsSafe(@TempDir Path dir) throws IOException {
        Path terms = Files.writeString(dir.resolve("terms.yml"), "terms:\n  - term: email\n    rejected: [e-mail]\n");
        String glossary = terms.toString();
        var found = classes("glossary/rejected-term", "Send us an e-mail.\n", Map.of("glossary", List.of(glossary)));
        assertEquals(List.of(List.of(FixSafety.SAFE)), List.copyOf(found.values()));
    }
}
