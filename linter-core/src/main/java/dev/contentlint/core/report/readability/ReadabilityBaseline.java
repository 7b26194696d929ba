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
    /**
     * A file's figures in the earlier report; NaN where the report held null.
     *
     * @param sections grade of each section, keyed by {@link #sectionKey}
     */
    record Figures(double grade, double readingEase, long words, Map<String, Double> sections) {}

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
            Map<String, Double> sections = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            if (file.get("sections") instanceof List<?> ss)
                for (Object so : ss) {
                    if (!(so instanceof Map<?, ?> section) || !(section.get("title") instanceof String title)) continue;
                    Map<?, ?> sm = section.get("metrics") instanceof Map<?, ?> m ? m : Map.of();
                    sections.put(sectionKey(title, seen), number(sm.get("flesch_kincaid_grade")));
                }
            files.put(path, new Figures(number(metrics.get("flesch_kincaid_grade")),
                    number(metrics.get("flesch_reading_ease")), (long) zeroIfNaN(number(metrics.get("words"))), sections));
        }
        return new ReadabilityBaseline(files);
    }

    /** The report with each file's change against this baseline; files the baseline lacks have none. */
    public ReadabilityReport apply(ReadabilityReport report) {
        List<ReadabilityReport.FileEntry> out = new ArrayList<>();
        for (ReadabilityReport.FileEntry f : report.files()) {
            Figures then = files.get(f.path());
            if (then == null) {
                out.add(f);
                continue;
            }
            List<Double> sections = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (ReadabilityReport.SectionEntry s : f.sections()) {
                Double before = then.sections().get(sectionKey(s.title(), seen));
                sections.add(before == null || !s.judged() ? Double.NaN : s.metrics().fleschKincaidGrade() - before);
            }
            out.add(f.withChange(new ReadabilityReport.Change(
                    f.grade() - then.grade(), f.metrics().fleschReadingEase() - then.readingEase(),
                    (int) (f.metrics().counts().words() - then.words()), sections)));
        }
        return new ReadabilityReport(out, report.targetGrade(), true);
    }

    /**
     * Sections are matched by title and by which occurrence of that title they are, so a section keeps its
     * figures when others are added or moved around it.
     */
    private static String sectionKey(String title, Map<String, Integer> seen) {
        int n = seen.merge(title, 1, Integer::sum);
        return n + "\n" + title;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double zeroIfNaN(double d) {
        return Double.isNaN(d) ? 0 : d;
    }
}
