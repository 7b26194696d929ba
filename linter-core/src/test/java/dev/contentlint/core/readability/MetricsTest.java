package dev.contentlint.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The formulas, fed the reference counts of conformance text 01, give the reference scores. */
class MetricsTest {
    @Test
    void formulasMatchTheReferenceWhenGivenItsCounts() {
        // reference.tsv, 01.txt: W 153, S 9, Y 202, P 13, C 8, L 612, K 612.
        Metrics m = Metrics.of(new Counts(153, 9, 202, 13, 8, 612, 612));
        assertEquals(77.8859, m.fleschReadingEase(), 1e-4);
        assertEquals(6.6191, m.fleschKincaidGrade(), 1e-4);
        assertEquals(8.8915, m.gunningFog(), 1e-4);
        assertEquals(9.9950, m.smog(), 1e-4);
        assertEquals(5.9788, m.colemanLiau(), 1e-4);
        assertEquals(5.9100, m.ari(), 1e-4);
        assertEquals(17.0, m.wordsPerSentence(), 1e-9);
        assertEquals((m.fleschKincaidGrade() + m.gunningFog() + m.smog() + m.colemanLiau() + m.ari()) / 5,
                m.grade(Metrics.GradeFormula.AVERAGE), 1e-12);
    }

    @Test
    void noWordsMeansNoScores() {
        Metrics m = Metrics.of(Counts.ZERO);
        assertFalse(m.scored());
        assertEquals(Double.NaN, m.smog());
    }
}
