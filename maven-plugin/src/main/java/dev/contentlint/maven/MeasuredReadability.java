package dev.contentlint.maven;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.report.readability.ReadabilityReport;
import dev.contentlint.core.report.readability.ReadabilityReports;
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
 * {@code contentlint report}): one row per linted file that has prose to score.
 */
final class MeasuredReadability implements ReadabilityTableSource {
    static final List<String> COLUMNS = List.of("Grade (Flesch-Kincaid)", "Reading ease", "Words",
            "Words per sentence", "Passive share");

    private final Path base;

    MeasuredReadability(Path base) {
        this.base = base;
    }

    @Override
    public ReadabilityTable table(RunResult result) {
        Map<String, Long> findings = new LinkedHashMap<>();
        result.findings().forEach(f -> findings.merge(f.path(), 1L, Long::sum));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String relative : result.files()) {
            Optional<Format> format = Format.ofFileName(relative);
            if (format.isEmpty()) continue;
            Path file = base.resolve(relative);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                continue; // the lint run has already reported the file as unreadable
            }
            Document document = Parsers.parse(file, relative, bytes, format.get());
            ReadabilityReport.FileEntry entry =
                    ReadabilityReports.entry(document, findings.getOrDefault(relative, 0L).intValue());
            Metrics m = entry.metrics();
            if (!m.scored()) continue;
            rows.put(relative, List.of(fixed(m.fleschKincaidGrade()), fixed(m.fleschReadingEase()),
                    String.valueOf(m.counts().words()), fixed(m.wordsPerSentence()),
                    Math.round(entry.passiveShare() * 100) + "%"));
        }
        return new ReadabilityTable(COLUMNS, rows);
    }

    private static String fixed(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
