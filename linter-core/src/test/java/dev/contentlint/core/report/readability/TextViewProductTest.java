package dev.contentlint.core.report.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text view: each sentence's grade, passive voice, code where it stands, findings at their exact spans. */
class TextViewProductTest {
    private static final String PAGE = """
            # Guide

            We go home. The settings were changed by the administrator yesterday morning.

            %s

            Call `Clone` in order to copy it.
            """.formatted(ReadabilityReportTest.HARD_SENTENCE);

    private static Document page() {
        return Parsers.parse(Path.of("g.md"), "g.md", PAGE, Format.MARKDOWN);
    }

    /** A finding on the text "in order to" of line 7, as a style rule would report it. */
    private static Finding wordy() {
        int col = "Call `Clone` ".length() + 1;
        return new Finding("style/wordy-phrases", Severity.INFO, "Use \"to\" for \"in order to\".", "g.md",
                new Location(7, col, 7, col + "in order to".length()));
    }

    private static TextView.Paragraph paragraph(TextView v, String start) {
        return v.paragraphs().stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void marksHardAndPassiveSentencesCodeAndFindings() {
        TextView v = TextViewProduct.INSTANCE.compute(page(), List.of(wordy()));
        assertEquals(1, v.paragraphs().get(0).level(), "the heading");
        String json = TextViewHtml.json(v, 12);

        var hard = paragraph(v, "Notwithstanding");
        assertTrue(json.contains("[0," + hard.text().length() + ",\"very-hard\",\"Very hard sentence: grade"), json);

        var passive = paragraph(v, "We go home.");
        int at = passive.text().indexOf("The settings");
        assertTrue(passive.marks().contains(new TextView.Mark(at, passive.text().length(), TextViewProduct.PASSIVE,
                "passive voice")), passive.marks().toString());
        assertFalse(json.contains("\"hard\",\"Hard sentence: grade") && json.contains("We go home"),
                "a short easy sentence is not hard");

        var call = paragraph(v, "Call");
        TextView.Mark code = call.marks().stream().filter(m -> m.kind().equals(TextViewProduct.CODE)).findFirst().orElseThrow();
        assertEquals("Clone", code.note());
        TextView.Mark finding = call.marks().stream().filter(m -> m.kind().equals("style/wordy-phrases")).findFirst().orElseThrow();
        assertEquals("in order to", call.text().substring(finding.start(), finding.end()));
    }

    @Test
    void onlyProseRulesAreShown() {
        assertTrue(TextViewProduct.shown("style/wordy-phrases"));
        assertTrue(TextViewProduct.shown("readability/long-sentence"));
        assertFalse(TextViewProduct.shown("readability/passive-voice"), "drawn from the sentences instead");
        assertFalse(TextViewProduct.shown("a11y/image-alt"));
        assertFalse(TextViewProduct.shown("freshness/stale-date"));
    }

    @Test
    void storedViewsReadBackEqual() {
        TextView v = TextViewProduct.INSTANCE.compute(page(), List.of(wordy()));
        FieldWriter out = new FieldWriter();
        TextViewProduct.INSTANCE.store(v, out);
        FieldReader in = new FieldReader(out.toString());
        assertEquals(v, TextViewProduct.INSTANCE.load(in, null));
        assertFalse(in.hasMore());
    }

    @Test
    void theEmbeddedViewIsCompressedJson() throws Exception {
        TextView v = TextViewProduct.INSTANCE.compute(page(), List.of(wordy()));
        byte[] gz = java.util.Base64.getDecoder().decode(TextViewHtml.embedded(v, 12));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertEquals(TextViewHtml.json(v, 12), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
