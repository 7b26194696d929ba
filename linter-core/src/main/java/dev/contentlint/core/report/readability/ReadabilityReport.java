package dev.contentlint.core.report.readability;

import dev.contentlint.core.readability.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editors' readability report shows: per file its scores, its sections, its share of passive
 * sentences and its findings, and a summary of the run. Grades are Flesch–Kincaid grades.
 *
 * @param files       one entry per file, in path order
 * @param targetGrade the grade above which a file or section counts as too hard
 * @param baseline    whether {@link FileEntry#change()} was filled from an earlier report
 */
public record ReadabilityReport(List<FileEntry> files, double targetGrade, boolean baseline) {
    public ReadabilityReport {
        files = List.copyOf(files);
    }

    /**
     * One file of the report.
     *
     * @param path         relative path with {@code /} separators
     * @param metrics      the file's scores
     * @param sections     its sections with prose of their own, in document order
     * @param passiveShare passive sentences over all sentences, 0 to 1
     * @param findings     findings of the run's rules in this file
     * @param change       change against the baseline report; null without one or when the file is new
     */
    public record FileEntry(String path, Metrics metrics, List<SectionEntry> sections, double passiveShare, int findings,
                            Change change) {
        public FileEntry {
            sections = List.copyOf(sections);
        }

        public double grade() {
            return metrics.fleschKincaidGrade();
        }

        /** The same entry with a change against the baseline. */
        public FileEntry withChange(Change c) {
            return new FileEntry(path, metrics, sections, passiveShare, findings, c);
        }
    }

    /**
     * One section of a file.
     *
     * @param title        heading text; empty for the text before the first heading
     * @param level        heading level, 0 before the first heading
     * @param line         line of the heading (1 for the text before the first heading)
     * @param metrics      the section's own scores (subsections not included)
     * @param passiveShare passive sentences over all sentences, 0 to 1
     */
    public record SectionEntry(String title, int level, int line, Metrics metrics, double passiveShare) {}

    /**
     * How a file changed since the baseline report.
     *
     * @param grade       Flesch–Kincaid grade now minus then
     * @param readingEase Flesch reading ease now minus then
     * @param words       words now minus then
     */
    public record Change(double grade, double readingEase, int words) {}

    /** Words in all files. */
    public long words() {
        return files.stream().mapToLong(f -> f.metrics().counts().words()).sum();
    }

    /** Median grade of the files that have prose, or NaN. */
    public double medianGrade() {
        List<Double> grades = new ArrayList<>();
        for (FileEntry f : files) if (f.metrics().scored()) grades.add(f.grade());
        if (grades.isEmpty()) return Double.NaN;
        grades.sort(null);
        int n = grades.size();
        return n % 2 == 1 ? grades.get(n / 2) : (grades.get(n / 2 - 1) + grades.get(n / 2)) / 2;
    }

    /** Files with prose whose grade is above the target, over files with prose; 0 without any. */
    public double shareAboveTarget() {
        long scored = files.stream().filter(f -> f.metrics().scored()).count();
        if (scored == 0) return 0;
        return (double) files.stream().filter(f -> f.metrics().scored() && f.grade() > targetGrade).count() / scored;
    }
}
