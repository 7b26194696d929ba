package dev.contentlint.maven;

import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.frontend.OutputWriter;
import dev.contentlint.core.report.readability.ReadabilityHtml;
import dev.contentlint.core.report.readability.ReadabilityProduct;
import dev.contentlint.core.report.readability.ReadabilityReport;
import dev.contentlint.core.report.readability.ReadabilityReports;
import dev.contentlint.core.report.readability.TextViewProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site report's readability table measured with contentlint's own metrics (the same figures as
 * {@code contentlint report}), computed by the lint run itself: the module's summary and one row per linted file
 * that has prose to score, and the full readability report, with each file's text marked, written beside the
 * site page. A file the run could not lint has no measure and no row; its finding is in the findings table.
 */
final class MeasuredReadability implements ReadabilityTableSource {
    static final List<String> COLUMNS = List.of("Grade (Flesch-Kincaid)", "Reading ease", "Words",
            "Words per sentence", "Passive share");

    /** The grade above which a file counts as hard, as {@code contentlint report} has it by default. */
    static final double TARGET_GRADE = 12;
    /** The fuller report written beside the site page. */
    static final String FULL_REPORT = "contentlint-readability.html";

    @Override
    public List<DocumentProduct<?>> products() {
        return List.of(ReadabilityProduct.INSTANCE, TextViewProduct.INSTANCE);
    }

    @Override
    public Optional<String> writeFullReport(RunResult result, Path siteDirectory) throws IOException {
        return writeFullReport(result, siteDirectory, FULL_REPORT);
    }

    @Override
    public Optional<String> writeFullReport(RunResult result, Path siteDirectory, String fileName) throws IOException {
        ReadabilityReport report = ReadabilityReports.of(result, TARGET_GRADE);
        if (report.files().isEmpty()) return Optional.empty();
        Files.createDirectories(siteDirectory);
        Path file = siteDirectory.resolve(fileName);
        OutputWriter.write(file, file.toString(),
                w -> ReadabilityHtml.write(report, "Readability report", ReadabilityReports.views(result), w));
        return Optional.of(fileName);
    }

    @Override
    public ReadabilityTable table(RunResult result) {
        ReadabilityReport report = ReadabilityReports.of(result, TARGET_GRADE);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (ReadabilityReport.FileEntry f : report.files()) {
            Metrics m = f.metrics();
            if (!m.scored()) continue;
            rows.put(f.path(), List.of(f.graded() ? fixed(m.fleschKincaidGrade()) : "not graded",
                    f.graded() ? fixed(m.fleschReadingEase()) : "", String.valueOf(m.counts().words()),
                    fixed(m.wordsPerSentence()), Math.round(f.passiveShare() * 100) + "%"));
        }
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("Files", String.valueOf(report.files().size()));
        summary.put("Words", String.format(Locale.ROOT, "%,d", report.words()));
        summary.put("Median grade", Double.isNaN(report.medianGrade()) ? "–" : fixed(report.medianGrade()));
        summary.put("Above grade " + (int) TARGET_GRADE, String.format(Locale.ROOT, "%.0f%%", 100 * report.shareAboveTarget()));
        summary.put("Not graded (under " + ReadabilityReport.MIN_GRADED_WORDS + " words)", String.valueOf(report.ungraded()));
        return new ReadabilityTable(COLUMNS, rows, summary, null);
    }

    private static String fixed(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
