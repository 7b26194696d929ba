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
    /**
     * Fewest words a file needs to be graded: the formulas were calibrated on samples of about 100 words, and
     * the grade of a five-word page says nothing. Shorter files are listed but not graded or counted.
     */
    public static final int MIN_GRADED_WORDS = 100;
    /** Fewest words a section needs to be marked hard or hardest. */
    public static final int MIN_SECTION_WORDS = 20;
    /** Sections per file marked as the hardest. */
    public static final int HARDEST = 3;

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

        /** Whether the file has enough prose to be graded ({@link #MIN_GRADED_WORDS}). */
        public boolean graded() {
            return metrics.scored() && metrics.counts().words() >= MIN_GRADED_WORDS;
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
    public record SectionEntry(String title, int level, int line, Metrics metrics, double passiveShare) {
        /** Whether the section is long enough for its grade to be judged ({@link #MIN_SECTION_WORDS}). */
        public boolean judged() {
            return metrics.scored() && metrics.counts().words() >= MIN_SECTION_WORDS;
        }
    }

    /**
     * How a file changed since the baseline report.
     *
     * @param grade       Flesch–Kincaid grade now minus then
     * @param readingEase Flesch reading ease now minus then
     * @param words       words now minus then
     * @param sections    per section of the file, in its order, grade now minus then; NaN for a section the
     *                    baseline did not have (matched by title and occurrence) or that is not graded
     */
    public record Change(double grade, double readingEase, int words, List<Double> sections) {
        public Change {
            sections = List.copyOf(sections);
        }
    }

    /**
     * The sections of {@code file} marked hardest: at most {@link #HARDEST} of those above the target grade with
     * at least {@link #MIN_SECTION_WORDS} words, hardest (highest Flesch–Kincaid grade) first. A file whose
     * sections are all at or below the target has none.
     */
    public List<SectionEntry> hardest(FileEntry file) {
        List<SectionEntry> ranked = new ArrayList<>();
        for (SectionEntry s : file.sections())
            if (s.judged() && s.metrics().fleschKincaidGrade() > targetGrade) ranked.add(s);
        ranked.sort(java.util.Comparator.comparingDouble((SectionEntry s) -> s.metrics().fleschKincaidGrade()).reversed());
        return List.copyOf(ranked.subList(0, Math.min(HARDEST, ranked.size())));
    }

    /** Words in all files. */
    public long words() {
        return files.stream().mapToLong(f -> f.metrics().counts().words()).sum();
    }

    /** Median grade of the graded files, or NaN. */
    public double medianGrade() {
        List<Double> grades = new ArrayList<>();
        for (FileEntry f : files) if (f.graded()) grades.add(f.grade());
        if (grades.isEmpty()) return Double.NaN;
        grades.sort(null);
        int n = grades.size();
        return n % 2 == 1 ? grades.get(n / 2) : (grades.get(n / 2 - 1) + grades.get(n / 2)) / 2;
    }

    /** Graded files whose grade is above the target, over graded files; 0 without any. */
    public double shareAboveTarget() {
        long graded = files.stream().filter(FileEntry::graded).count();
        if (graded == 0) return 0;
        return (double) files.stream().filter(f -> f.graded() && f.grade() > targetGrade).count() / graded;
    }

    /** Files listed but not graded, having fewer than {@link #MIN_GRADED_WORDS} words of prose. */
    public long ungraded() {
        return files.stream().filter(f -> !f.graded()).count();
    }
}
