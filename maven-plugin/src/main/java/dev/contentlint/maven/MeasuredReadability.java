package dev.contentlint.maven;

import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.report.readability.ReadabilityMeasure;
import dev.contentlint.core.report.readability.ReadabilityProduct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site report's readability table measured with contentlint's own metrics (the same figures as
 * {@code contentlint report}), computed by the lint run itself: one row per linted file that has prose to
 * score. A file the run could not lint has no measure and no row; its finding is in the findings table.
 */
final class MeasuredReadability implements ReadabilityTableSource {
    static final List<String> COLUMNS = List.of("Grade (Flesch-Kincaid)", "Reading ease", "Words",
            "Words per sentence", "Passive share");

    @Override
    public List<DocumentProduct<?>> products() {
        return List.of(ReadabilityProduct.INSTANCE);
    }

    @Override
    public ReadabilityTable table(RunResult result) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, ReadabilityMeasure> e : result.products(ReadabilityProduct.INSTANCE).entrySet()) {
            ReadabilityMeasure measure = e.getValue();
            Metrics m = measure.metrics();
            if (!m.scored()) continue;
            rows.put(e.getKey(), List.of(fixed(m.fleschKincaidGrade()), fixed(m.fleschReadingEase()),
                    String.valueOf(m.counts().words()), fixed(m.wordsPerSentence()),
                    Math.round(measure.passiveShare() * 100) + "%"));
        }
        return new ReadabilityTable(COLUMNS, rows);
    }

    private static String fixed(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
