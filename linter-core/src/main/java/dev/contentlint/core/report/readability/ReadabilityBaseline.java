package dev.contentlint.core.report.readability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** The per-file figures of an earlier JSON report, to show how files changed since. */
public final class ReadabilityBaseline {
    /** A file's figures in the earlier report; NaN where the report held null. */
    record Figures(double grade, double readingEase, long words) {}

    private final Map<String, Figures> files;

    private ReadabilityBaseline(Map<String, Figures> files) {
        this.files = files;
    }

    /**
     * Reads a report written by {@code contentlint report --format json}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not such a report
     */
    public static ReadabilityBaseline parse(String json) {
        Object root;
        try {
            // JSON is YAML 1.2, so the YAML reader the config already uses reads it.
            root = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).setCodePointLimit(Integer.MAX_VALUE)
                    .build()).loadFromString(json);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("files") instanceof List<?> list))
            throw new IllegalArgumentException("is not a readability report: it has no \"files\" list");
        Map<String, Figures> files = new HashMap<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> file) || !(file.get("path") instanceof String path)) continue;
            Map<?, ?> metrics = file.get("metrics") instanceof Map<?, ?> m ? m : Map.of();
            files.put(path, new Figures(number(metrics.get("flesch_kincaid_grade")),
                    number(metrics.get("flesch_reading_ease")), (long) zeroIfNaN(number(metrics.get("words")))));
        }
        return new ReadabilityBaseline(files);
    }

    /** The report with each file's change against this baseline; files the baseline lacks have none. */
    public ReadabilityReport apply(ReadabilityReport report) {
        List<ReadabilityReport.FileEntry> out = new ArrayList<>();
        for (ReadabilityReport.FileEntry f : report.files()) {
            Figures then = files.get(f.path());
            out.add(then == null ? f : f.withChange(new ReadabilityReport.Change(
                    f.grade() - then.grade(), f.metrics().fleschReadingEase() - then.readingEase(),
                    (int) (f.metrics().counts().words() - then.words()))));
        }
        return new ReadabilityReport(out, report.targetGrade(), true);
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double zeroIfNaN(double d) {
        return Double.isNaN(d) ? 0 : d;
    }
}
