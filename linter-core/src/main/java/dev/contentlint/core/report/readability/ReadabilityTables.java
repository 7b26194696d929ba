package dev.contentlint.core.report.readability;

import dev.contentlint.core.html.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Writes a {@link ReadabilityReport} as CSV (one row per file) or as a Markdown summary with a table. */
public final class ReadabilityTables {
    private ReadabilityTables() {}

    /**
     * RFC 4180 CSV with a header row; numbers use a dot and two decimals. A text cell that a spreadsheet would
     * run as a formula gets a leading {@code '}.
     */
    public static void csv(ReadabilityReport report, Writer out) throws IOException {
        out.write("path,words,sentences,syllables,polysyllables,flesch_reading_ease,flesch_kincaid_grade,gunning_fog,"
                + "smog,coleman_liau,ari,mean_sentence_length,passive_share,findings"
                + (report.baseline() ? ",grade_change" : "") + "\r\n");
        for (ReadabilityReport.FileEntry f : report.files()) {
            var m = f.metrics();
            var c = m.counts();
            out.write(csvField(f.path()) + "," + c.words() + "," + c.sentences() + "," + c.syllables() + ","
                    + c.polysyllables() + "," + num(m.fleschReadingEase()) + "," + num(m.fleschKincaidGrade()) + ","
                    + num(m.gunningFog()) + "," + num(m.smog()) + "," + num(m.colemanLiau()) + "," + num(m.ari()) + ","
                    + num(m.wordsPerSentence()) + "," + num(f.passiveShare()) + "," + f.findings()
                    + (report.baseline() ? "," + (f.change() == null ? "" : num(f.change().grade())) : "") + "\r\n");
        }
    }

    /** Smallest change of grade, up or down, that the Markdown summary lists as a change. */
    static final double CHANGE = 0.5;

    /**
     * A Markdown page: the summary, then one table row per file, hardest first. With a baseline, the page
     * opens with what changed (files and sections that got harder or easier by at least {@link #CHANGE} of a
     * grade, and new files), made to be posted as a pull-request comment, and the full table is folded.
     */
    public static void markdown(ReadabilityReport report, Writer out) throws IOException {
        out.write("# Readability report\n\n");
        out.write(String.format(Locale.ROOT, "- Files: %d%s%n- Words: %d%n- Median grade: %s%n- Above grade %s: %.0f%%%n%n",
                report.files().size(), report.ungraded() == 0 ? "" : String.format(Locale.ROOT,
                        " (%d not graded: under %d words)", report.ungraded(), ReadabilityReport.MIN_GRADED_WORDS),
                report.words(), num(report.medianGrade()), num(report.targetGrade()), 100 * report.shareAboveTarget()));
        if (report.baseline()) {
            changes(report, out);
            out.write("<details><summary>All files</summary>\n\n");
        }
        out.write("| File | Grade | Reading ease | Words | Words per sentence | Passive | Findings |"
                + (report.baseline() ? " Grade change |" : "") + "\n");
        out.write("| --- | ---: | ---: | ---: | ---: | ---: | ---: |" + (report.baseline() ? " ---: |" : "") + "\n");
        var files = report.files().stream()
                .sorted((a, b) -> Double.compare(sortable(b.graded() ? b.grade() : Double.NaN),
                        sortable(a.graded() ? a.grade() : Double.NaN))).toList();
        for (ReadabilityReport.FileEntry f : files) {
            var m = f.metrics();
            out.write("| " + mdCell(f.path()) + " | " + (f.graded() ? num(m.fleschKincaidGrade()) : "not graded") + " | "
                    + (f.graded() ? num(m.fleschReadingEase()) : "") + " | " + m.counts().words() + " | "
                    + num(m.wordsPerSentence()) + " | " + String.format(Locale.ROOT, "%.0f%%", 100 * f.passiveShare()) + " | "
                    + f.findings() + " |"
                    + (report.baseline() ? " " + (f.change() == null ? "new" : signed(f.change().grade())) + " |" : "") + "\n");
        }
        if (report.baseline()) out.write("\n</details>\n");
    }

    private static void changes(ReadabilityReport report, Writer out) throws IOException {
        List<ReadabilityReport.FileEntry> harder = new ArrayList<>(), easier = new ArrayList<>(), added = new ArrayList<>();
        int unchanged = 0;
        for (ReadabilityReport.FileEntry f : report.files()) {
            if (f.change() == null) added.add(f);
            else if (!f.graded() || Double.isNaN(f.change().grade())) unchanged++;
            else if (f.change().grade() >= CHANGE) harder.add(f);
            else if (f.change().grade() <= -CHANGE) easier.add(f);
            else unchanged++;
        }
        harder.sort(Comparator.comparingDouble((ReadabilityReport.FileEntry f) -> f.change().grade()).reversed());
        easier.sort(Comparator.comparingDouble((ReadabilityReport.FileEntry f) -> f.change().grade()));
        out.write(String.format(Locale.ROOT, "## Changes since the baseline%n%n%d harder, %d easier, %d new, %d unchanged"
                + " (a change is at least %.1f of a Flesch–Kincaid grade).%n%n", harder.size(), easier.size(), added.size(),
                unchanged, CHANGE));
        changeTable("Harder", harder, true, out);
        changeTable("Easier", easier, false, out);
        if (!added.isEmpty()) {
            out.write("### New files\n\n| File | Grade | Words |\n| --- | ---: | ---: |\n");
            for (ReadabilityReport.FileEntry f : added)
                out.write("| " + mdCell(f.path()) + " | " + (f.graded() ? num(f.grade()) : "not graded") + " | "
                        + f.metrics().counts().words() + " |\n");
            out.write("\n");
        }
    }

    private static void changeTable(String title, List<ReadabilityReport.FileEntry> files, boolean harder, Writer out)
            throws IOException {
        if (files.isEmpty()) return;
        out.write("### " + title + "\n\n| File | Grade | Change | Sections that got " + (harder ? "harder" : "easier")
                + " |\n| --- | ---: | ---: | --- |\n");
        for (ReadabilityReport.FileEntry f : files) {
            List<Integer> moved = new ArrayList<>();
            List<Double> d = f.change().sections();
            for (int k = 0; k < Math.min(d.size(), f.sections().size()); k++)
                if (!Double.isNaN(d.get(k)) && (harder ? d.get(k) >= CHANGE : d.get(k) <= -CHANGE)) moved.add(k);
            moved.sort(Comparator.comparingDouble((Integer k) -> -Math.abs(d.get(k))));
            StringBuilder sections = new StringBuilder();
            for (int k : moved.subList(0, Math.min(3, moved.size()))) {
                ReadabilityReport.SectionEntry s = f.sections().get(k);
                if (sections.length() > 0) sections.append(", ");
                sections.append(s.title().isEmpty() ? "(before the first heading)" : mdTitle(s.title())).append(" (")
                        .append(String.format(Locale.ROOT, "%+.1f", d.get(k))).append(')');
            }
            if (moved.size() > 3) sections.append(", and ").append(moved.size() - 3).append(" more");
            out.write("| " + mdCell(f.path()) + " | " + num(f.grade()) + " | " + signed(f.change().grade()) + " | "
                    + sections + " |\n");
        }
        out.write("\n");
    }

    /** A section title in a table cell, its code spans kept as code spans. */
    private static String mdTitle(String title) {
        String[] parts = title.split("`", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) b.append('`').append(parts[i].replace("|", "\\|").replace("`", "")).append('`');
            else b.append(mdCell(i % 2 == 1 ? "`" + parts[i] : parts[i]));
        }
        return b.toString();
    }

    private static double sortable(double d) {
        return Double.isNaN(d) ? Double.NEGATIVE_INFINITY : d;
    }

    static String num(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.2f", d);
    }

    static String signed(double d) {
        return String.format(Locale.ROOT, "%+.2f", d);
    }

    private static String csvField(String s) {
        // =, +, - and @ start a formula in Excel, LibreOffice and Google Sheets (a tab or CR before one too), so a
        // file named "=HYPERLINK(...).md" would run when the report is opened; the quote makes the cell text.
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Escapes what Markdown or an HTML renderer would read as markup inside a table cell. */
    private static String mdCell(String s) {
        StringBuilder b = new StringBuilder();
        // Markdown passes character references through, and none of them holds a Markdown special character.
        for (char c : Html.escapeText(s).toCharArray()) {
            switch (c) {
                case '|' -> b.append("\\|");
                case '\\', '`', '*', '_', '[', ']' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
