package dev.contentlint.core.report.readability;

import dev.contentlint.core.html.Html;
import java.io.IOException;
import java.io.Writer;
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

    /** A Markdown page: the summary, then one table row per file, hardest first. */
    public static void markdown(ReadabilityReport report, Writer out) throws IOException {
        out.write("# Readability report\n\n");
        out.write(String.format(Locale.ROOT, "- Files: %d%n- Words: %d%n- Median grade: %s%n- Above grade %s: %.0f%%%n%n",
                report.files().size(), report.words(), num(report.medianGrade()), num(report.targetGrade()),
                100 * report.shareAboveTarget()));
        out.write("| File | Grade | Reading ease | Words | Words per sentence | Passive | Findings |"
                + (report.baseline() ? " Grade change |" : "") + "\n");
        out.write("| --- | ---: | ---: | ---: | ---: | ---: | ---: |" + (report.baseline() ? " ---: |" : "") + "\n");
        var files = report.files().stream().sorted((a, b) -> Double.compare(sortable(b.grade()), sortable(a.grade()))).toList();
        for (ReadabilityReport.FileEntry f : files) {
            var m = f.metrics();
            out.write("| " + mdCell(f.path()) + " | " + num(m.fleschKincaidGrade()) + " | " + num(m.fleschReadingEase())
                    + " | " + m.counts().words() + " | " + num(m.wordsPerSentence()) + " | "
                    + String.format(Locale.ROOT, "%.0f%%", 100 * f.passiveShare()) + " | " + f.findings() + " |"
                    + (report.baseline() ? " " + (f.change() == null ? "new" : signed(f.change().grade())) + " |" : "") + "\n");
        }
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
