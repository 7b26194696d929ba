package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a page {@link TermCandidates} takes for possible glossary terms. */
class TermCandidatesTest {
    private static List<String> terms(String markdown) {
        return TermCandidates.uses(Parsers.parse(Path.of("a.md"), "a.md", markdown, Format.MARKDOWN)).stream()
                .map(u -> u.kind() + " " + u.term()).toList();
    }

    @Test
    void aSentenceOpeningWithALinkingWordIsNoTerm() {
        assertEquals(List.of(), terms("# A\n\nBeginning in PowerShell 3.0, it works. Type the NetBIOS name.\n\n"
                + "Encodes in UTF-8 by default.\n"));
        // What follows the opening can still be a term.
        assertEquals(List.of("PHRASE Windows PowerShell"), terms("# A\n\nStarting in Windows PowerShell 3.0, it works.\n"));
    }

    @Test
    void namesWithOfAndPhrasesInsideASentenceStay() {
        assertEquals(List.of("PHRASE Department of Energy"), terms("# A\n\nDepartment of Energy rules apply.\n"));
        assertEquals(List.of("PHRASE Beginning in PowerShell"), terms("# A\n\nThe chapter Beginning in PowerShell helps.\n"));
    }

    @Test
    void sentenceStartsAfterStopsQuotesAndBrackets() {
        assertTrue(TermCandidates.sentenceStart("Done. (Type it", 7));
        assertTrue(TermCandidates.sentenceStart("Note: Type it", 6));
        assertTrue(TermCandidates.sentenceStart("Type it", 0));
        assertFalse(TermCandidates.sentenceStart("then Type it", 5));
    }

    @Test
    void speakerLabelsInCapitalsAreNoAcronyms() {
        assertEquals(List.of(), terms("# A\n\n**KAYLA REOPELLE:** My name is Kayla.\n\n**ADNAN RAHIĆ:** Hello.\n"));
        assertEquals(List.of("ACRONYM OTLP"), terms("# A\n\nWe send OTLP EXPORTER data.\n"));
        assertEquals(List.of("ACRONYM SSL", "ACRONYM FIPS", "PHRASE SSL FIPS Mode"), terms("# A\n\nUse SSL FIPS Mode here.\n"));
        assertEquals(List.of("ACRONYM SSL", "ACRONYM FIPS"), terms("# A\n\nUse SSL FIPS here.\n"));
    }
}
