package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermPatternTest {
    private static List<String> found(String term, String text) {
        return TermPattern.of(term).find(text).stream().map(TermPattern.Match::text).toList();
    }

    @Test
    void termsMatchWholeWordsInAnyCaseWithPluralsAndPossessives() {
        assertEquals(List.of("Escrow", "escrows", "escrow's"), found("escrow", "Escrow, escrows, escrow's, escrowed"));
        assertEquals(List.of("policies", "Policy"), found("policy", "policies. Policy"));
        assertEquals(List.of("amortization schedule"), found("Amortization Schedules", "the amortization schedule"));
    }

    @Test
    void multiWordTermsAcceptHyphensSpacesAndLineBreaks() {
        assertEquals(List.of("shame-induced withdrawal", "Shame induced\nwithdrawal"),
                found("Shame-Induced Withdrawal", "shame-induced withdrawal; Shame induced\nwithdrawal"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("APR", "APRs"), found("APR", "APR, apr, APRs, APRIL"));
    }

    @Test
    void theBaseEndsBeforeThePlural() {
        TermPattern.Match m = TermPattern.of("annual percent rate").find("Annual percent rates vary").get(0);
        assertEquals(0, m.start());
        assertEquals("Annual percent rate".length(), m.baseEnd());
    }
}
