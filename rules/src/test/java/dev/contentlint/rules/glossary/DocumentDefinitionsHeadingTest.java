package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDefinitionsHeadingTest {
    @Test
    void trailingMarksGoAsTheRegularExpressionTookThem() {
        for (String s : List.of("Glossary ¶", "Definitions:", "Terms (A-Z)", "Glossary!!?", "", "...", "Ⅻ.", "x2 :-",
                "Términos 😀", "a\n", "𝒜𝒷𝒸 -"))
            assertEquals(s.replaceAll("[^\\p{L}\\p{N})]+$", ""), DocumentDefinitions.withoutTrailingMarks(s), s);
    }

    @Test
    void aLongRunOfPunctuationInsideAHeadingIsOneBackwardScan() {
        // The regular expression retried the run from each of its characters: 100,000 of them took minutes.
        String title = "Glossary " + "-=".repeat(50_000) + " of terms";
        assertEquals("glossary " + "-=".repeat(50_000) + " of terms", DocumentDefinitions.normalizeHeading(title));
        assertEquals("", DocumentDefinitions.withoutTrailingMarks("-=".repeat(50_000)));
    }
}
