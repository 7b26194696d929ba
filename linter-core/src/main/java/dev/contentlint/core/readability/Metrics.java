package dev.contentlint.core.readability;

/**
 * Readability scores computed from {@link Counts} with the canonical formulas, unrounded and unclamped.
 * Every score is {@link Double#NaN} when there are no words.
 *
 * @param counts            what the scores are computed from
 * @param fleschReadingEase 206.835 − 1.015 W/S − 84.6 Y/W
 * @param fleschKincaidGrade 0.39 W/S + 11.8 Y/W − 15.59
 * @param gunningFog        0.4 (W/S + 100 C/W)
 * @param smog              1.043 √(30 P/S) + 3.1291
 * @param colemanLiau       0.0588 (100 L/W) − 0.296 (100 S/W) − 15.8
 * @param ari               4.71 K/W + 0.5 W/S − 21.43
 */
public record Metrics(Counts counts, double fleschReadingEase, double fleschKincaidGrade, double gunningFog,
                      double smog, double colemanLiau, double ari) {

    /** The scores of some counts. */
    public static Metrics of(Counts c) {
        if (c.words() == 0 || c.sentences() == 0)
            return new Metrics(c, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double w = c.words(), s = c.sentences();
        double wps = w / s, spw = c.syllables() / w;
        return new Metrics(c,
                206.835 - 1.015 * wps - 84.6 * spw,
                0.39 * wps + 11.8 * spw - 15.59,
                0.4 * (wps + 100 * c.complexWords() / w),
                1.043 * Math.sqrt(c.polysyllables() * 30 / s) + 3.1291,
                0.0588 * (100 * c.letters() / w) - 0.296 * (100 * s / w) - 15.8,
                4.71 * c.characters() / w + 0.5 * wps - 21.43);
    }

    /** Whether there was any prose to score. */
    public boolean scored() {
        return !Double.isNaN(fleschReadingEase);
    }

    /** Mean words per sentence, or 0 without sentences. */
    public double wordsPerSentence() {
        return counts.sentences() == 0 ? 0 : (double) counts.words() / counts.sentences();
    }

    /** The score of one grade formula. */
    public double grade(GradeFormula formula) {
        return switch (formula) {
            case FLESCH_KINCAID -> fleschKincaidGrade;
            case GUNNING_FOG -> gunningFog;
            case SMOG -> smog;
            case COLEMAN_LIAU -> colemanLiau;
            case ARI -> ari;
            case AVERAGE -> (fleschKincaidGrade + gunningFog + smog + colemanLiau + ari) / 5;
        };
    }

    /** A school-grade formula, or the mean of all five, for thresholds that speak in grades. */
    public enum GradeFormula {
        FLESCH_KINCAID, GUNNING_FOG, SMOG, COLEMAN_LIAU, ARI, AVERAGE;

        /** The kebab-case name used in config ({@code flesch-kincaid}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The formula with that config name, or null. */
        public static GradeFormula of(String key) {
            for (GradeFormula f : values()) if (f.key().equals(key)) return f;
            return null;
        }
    }
}
