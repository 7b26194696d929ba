package dev.contentlint.core.report.readability;

import dev.contentlint.core.html.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ReadabilityReport} as one self-contained HTML page: inline CSS, an inline SVG histogram
 * and a few lines of inline script for sorting, no network access. Every text taken from the documents
 * is escaped.
 */
public final class ReadabilityHtml {
    private static final int LOW_BIN = 5;
    private static final int HIGH_BIN = 20;
    private static final int MIN_SECTION_WORDS = ReadabilityReport.MIN_SECTION_WORDS;

    private ReadabilityHtml() {}

    public static void write(ReadabilityReport report, String title, Writer out) throws IOException {
        write(report, title, Map.of(), out);
    }

    /**
     * The page with a text view for each file that has one in {@code views} (path → view): its prose with hard
     * sentences, passive voice and the readability and style findings marked.
     */
    public static void write(ReadabilityReport report, String title, Map<String, TextView> views, Writer out)
            throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append(views.isEmpty() ? "" : TextViewHtml.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(Html.escape(title)).append("</h1><p>Flesch–Kincaid grade levels (US school grades) of the prose"
                + " of each file; code, tables and front matter are left out. Target: grade ")
                .append(num(report.targetGrade(), 0)).append(" or below.</p></header>\n<main>\n");
        summary(report, h);
        if (!views.isEmpty()) textView(report, h);
        histogram(report, h);
        fileTable(report, h);
        sectionViews(report, views, h);
        h.append("</main>\n<script>\n").append(SCRIPT);
        if (!views.isEmpty()) h.append(TextViewHtml.SCRIPT);
        h.append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void summary(ReadabilityReport r, StringBuilder h) {
        h.append("<section class=\"cards\" aria-label=\"Summary\">\n");
        card(h, "Files", String.format(Locale.ROOT, "%,d", r.files().size()));
        card(h, "Words", String.format(Locale.ROOT, "%,d", r.words()));
        card(h, "Median grade", num(r.medianGrade(), 1));
        card(h, "Above grade " + num(r.targetGrade(), 0), String.format(Locale.ROOT, "%.0f%%", 100 * r.shareAboveTarget()));
        if (r.ungraded() > 0)
            card(h, "Not graded (under " + ReadabilityReport.MIN_GRADED_WORDS + " words)",
                    String.format(Locale.ROOT, "%,d", r.ungraded()));
        h.append("</section>\n");
    }

    private static void card(StringBuilder h, String label, String value) {
        h.append("<div class=\"card\"><div class=\"value\">").append(Html.escape(value)).append("</div><div class=\"label\">")
                .append(Html.escape(label)).append("</div></div>\n");
    }

    private static void histogram(ReadabilityReport r, StringBuilder h) {
        int bins = HIGH_BIN - LOW_BIN + 1;
        int[] counts = new int[bins];
        for (ReadabilityReport.FileEntry f : r.files()) {
            if (!f.graded()) continue;
            int g = (int) Math.floor(f.grade());
            counts[Math.max(LOW_BIN, Math.min(HIGH_BIN, g)) - LOW_BIN]++;
        }
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        int barW = 36, gap = 6, chartH = 160, left = 40, top = 20;
        int width = left + bins * (barW + gap) + 10, height = top + chartH + 40;
        h.append("<section><h2>Grade distribution</h2>\n<svg class=\"hist\" role=\"img\" aria-label=\"Number of files per grade\""
                + " viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">\n");
        h.append("<line x1=\"").append(left).append("\" y1=\"").append(top + chartH).append("\" x2=\"").append(width - 10)
                .append("\" y2=\"").append(top + chartH).append("\" class=\"axis\"/>\n");
        for (int i = 0; i < bins; i++) {
            int grade = LOW_BIN + i;
            int bh = (int) Math.round((double) counts[i] / max * chartH);
            int x = left + i * (barW + gap);
            boolean above = grade >= r.targetGrade();
            h.append("<rect x=\"").append(x).append("\" y=\"").append(top + chartH - bh).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(bh).append("\" class=\"").append(above ? "bar above" : "bar").append("\"><title>")
                    .append(label(grade)).append(": ").append(counts[i]).append(" files</title></rect>\n");
            if (counts[i] > 0)
                h.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(top + chartH - bh - 4)
                        .append("\" class=\"count\">").append(counts[i]).append("</text>\n");
            h.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(top + chartH + 16).append("\" class=\"tick\">")
                    .append(label(grade)).append("</text>\n");
        }
        h.append("<text x=\"").append(left + bins * (barW + gap) / 2).append("\" y=\"").append(top + chartH + 34)
                .append("\" class=\"tick\">grade</text>\n</svg>\n</section>\n");
    }

    private static String label(int grade) {
        return grade == LOW_BIN ? "≤" + grade : grade == HIGH_BIN ? grade + "+" : String.valueOf(grade);
    }

    private static void fileTable(ReadabilityReport r, StringBuilder h) {
        h.append("<section><h2>Files</h2>\n<p class=\"hint\">Click a column to sort; click a file for its sections.</p>\n"
                + "<table id=\"files\" class=\"sortable\">\n<thead><tr>"
                + "<th data-type=\"text\">File</th><th data-type=\"num\">Grade</th><th data-type=\"num\">Reading ease</th>"
                + "<th data-type=\"num\">Words</th><th data-type=\"num\">Words per sentence</th>"
                + "<th data-type=\"num\">Passive</th><th data-type=\"num\">Findings</th>");
        if (r.baseline()) h.append("<th data-type=\"num\">Grade change</th>");
        h.append("</tr></thead>\n<tbody>\n");
        int i = 0;
        for (ReadabilityReport.FileEntry f : r.files()) {
            var m = f.metrics();
            boolean hard = f.graded() && f.grade() > r.targetGrade();
            h.append("<tr").append(hard ? " class=\"hard\"" : f.graded() ? "" : " class=\"ungraded\"").append("><td data-v=\"")
                    .append(Html.escape(f.path())).append("\"><a href=\"#f").append(i++).append("\">").append(Html.escape(f.path()))
                    .append("</a></td>");
            if (f.graded()) {
                numCell(h, m.fleschKincaidGrade(), 1, gradeStyle(m.fleschKincaidGrade(), r.targetGrade()));
                numCell(h, m.fleschReadingEase(), 1, "");
            } else {
                h.append("<td data-v=\"\" title=\"fewer than ").append(ReadabilityReport.MIN_GRADED_WORDS)
                        .append(" words: not graded\">not graded</td><td data-v=\"\">–</td>");
            }
            numCell(h, m.counts().words(), 0, "");
            numCell(h, m.wordsPerSentence(), 1, "");
            h.append("<td data-v=\"").append(num(f.passiveShare(), 4)).append("\">")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * f.passiveShare())).append("</td>");
            numCell(h, f.findings(), 0, "");
            if (r.baseline()) {
                if (f.change() == null) h.append("<td data-v=\"\">new</td>");
                else h.append("<td data-v=\"").append(num(f.change().grade(), 4)).append("\" class=\"")
                        .append(f.change().grade() > 0.05 ? "worse" : f.change().grade() < -0.05 ? "better" : "").append("\">")
                        .append(String.format(Locale.ROOT, "%+.1f", f.change().grade())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void textView(ReadabilityReport r, StringBuilder h) {
        h.append("<section id=\"textview\" hidden aria-live=\"polite\"><div class=\"tv-head\"><h2 tabindex=\"-1\">Text</h2>"
                + "<button type=\"button\" class=\"close\">Close the text</button></div>\n<p class=\"hint\">Sentences of at least ")
                .append(TextViewHtml.MIN_SENTENCE_WORDS).append(" words above grade ").append(num(r.targetGrade(), 0))
                .append(" are hard (yellow, underlined), those above grade ").append(num(r.targetGrade() + TextViewHtml.VERY_HARD_ABOVE, 0))
                .append(" very hard (red, double underline); passive sentences are in italics; findings of the readability and"
                        + " style rules are dotted and tagged with the rule. Hover a mark for its grade or message.</p>\n"
                        + "<fieldset class=\"tv-filters\"><legend>Show</legend></fieldset>\n<div class=\"tv-body\"></div></section>\n");
    }

    private static void sectionViews(ReadabilityReport r, Map<String, TextView> views, StringBuilder h) {
        h.append("<section><h2>Sections</h2>\n<p class=\"hint\">Each section's own prose (subsections counted on their"
                + " own). Sections above the target grade are tinted, and the (at most " + ReadabilityReport.HARDEST
                + ") highest-graded of them are marked hardest; sections under " + MIN_SECTION_WORDS
                + " words are greyed and never marked, their grades say little. Files under "
                + ReadabilityReport.MIN_GRADED_WORDS + " words are listed but not graded.</p>\n");
        int i = 0;
        for (ReadabilityReport.FileEntry f : r.files()) {
            h.append("<details id=\"f").append(i++).append("\"><summary><span class=\"path\">").append(Html.escape(f.path()))
                    .append("</span> <span class=\"g\">")
                    .append(f.graded() ? "grade " + num(f.grade(), 1) : "not graded").append(", ")
                    .append(f.metrics().counts().words()).append(" words</span></summary>\n");
            TextView view = views.get(f.path());
            if (view != null && !view.paragraphs().isEmpty()) {
                String id = "v" + (i - 1);
                h.append("<button type=\"button\" class=\"show-text\" data-view=\"").append(id).append("\" data-path=\"")
                        .append(Html.escape(f.path())).append("\">Show the text with its hard sentences marked</button>\n")
                        .append("<script type=\"application/octet-stream\" id=\"").append(id).append("\">")
                        .append(TextViewHtml.embedded(view, r.targetGrade())).append("</script>\n");
            }
            if (f.sections().isEmpty()) {
                h.append("<p class=\"hint\">No prose.</p></details>\n");
                continue;
            }
            List<ReadabilityReport.SectionEntry> hardest = r.hardest(f);
            boolean changes = f.change() != null;
            h.append("<table class=\"sections\"><thead><tr><th>Section</th><th>Line</th><th>Grade</th><th>Reading ease</th>"
                    + "<th>Words</th><th>Passive</th>").append(changes ? "<th>Grade change</th>" : "").append("</tr></thead><tbody>\n");
            for (int k = 0; k < f.sections().size(); k++) {
                ReadabilityReport.SectionEntry s = f.sections().get(k);
                var m = s.metrics();
                boolean top = hardest.contains(s);
                boolean small = !s.judged();
                boolean hard = !small && m.fleschKincaidGrade() > r.targetGrade();
                h.append("<tr class=\"").append(top ? "hardest " : "").append(hard ? "hard" : small ? "small" : "")
                        .append("\"><td style=\"padding-left:")
                        .append(0.4 + Math.max(0, s.level() - 1) * 1.2).append("em\">")
                        .append(s.title().isEmpty() ? "<em>(before the first heading)</em>" : titleHtml(s.title()))
                        .append(top ? " <span class=\"badge\">hardest</span>" : "").append("</td><td>").append(s.line())
                        .append("</td><td>").append(num(m.fleschKincaidGrade(), 1)).append(" ")
                        .append(bar(m.fleschKincaidGrade())).append("</td><td>").append(num(m.fleschReadingEase(), 1))
                        .append("</td><td>").append(m.counts().words()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100 * s.passiveShare())).append("</td>");
                if (changes) {
                    double d = f.change().sections().size() > k ? f.change().sections().get(k) : Double.NaN;
                    h.append(Double.isNaN(d) ? "<td>–</td>" : "<td class=\"" + (d > 0.05 ? "worse" : d < -0.05 ? "better" : "")
                            + "\">" + String.format(Locale.ROOT, "%+.1f", d) + "</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></details>\n");
        }
        h.append("</section>\n");
    }

    /** A section title with its code spans (between backticks) shown as code; everything else escaped. */
    static String titleHtml(String title) {
        StringBuilder b = new StringBuilder();
        String[] parts = title.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) b.append("<code>").append(Html.escape(parts[i])).append("</code>");
            else b.append(Html.escape(i % 2 == 1 ? "`" + parts[i] : parts[i]));
        }
        return b.toString();
    }

    private static String bar(double grade) {
        if (Double.isNaN(grade)) return "";
        int w = (int) Math.round(Math.max(0, Math.min(24, grade)) * 4);
        return "<svg class=\"mini\" width=\"96\" height=\"8\" aria-hidden=\"true\"><rect width=\"" + w + "\" height=\"8\"/></svg>";
    }

    private static void numCell(StringBuilder h, double v, int decimals, String style) {
        h.append("<td data-v=\"").append(Double.isNaN(v) ? "" : num(v, 4)).append('"').append(style).append('>')
                .append(num(v, decimals)).append("</td>");
    }

    /** A background from green (easy) to red (far above the target). */
    private static String gradeStyle(double grade, double target) {
        if (Double.isNaN(grade)) return "";
        double t = Math.max(0, Math.min(1, (grade - (target - 6)) / 12));
        int hue = (int) Math.round(120 * (1 - t));
        return " style=\"background:hsl(" + hue + ",70%,88%)\"";
    }

    static String num(double d, int decimals) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    private static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2f5fd0; --hard: #fde8e6; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7f9; }
            header { background: #1d2330; color: #fff; padding: 18px 28px; }
            header h1 { margin: 0 0 4px; font-size: 22px; }
            header p { margin: 0; color: #c9cfdb; }
            main { padding: 8px 28px 40px; max-width: 1200px; }
            h2 { font-size: 17px; margin: 24px 0 8px; }
            .cards { display: flex; gap: 14px; flex-wrap: wrap; margin-top: 18px; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; min-width: 170px; }
            .card .value { font-size: 26px; font-weight: 700; color: var(--accent); }
            .card .label { color: var(--muted); }
            svg.hist { background: #fff; border: 1px solid var(--line); border-radius: 8px; max-width: 100%; height: auto; }
            .bar { fill: #7fa3e8; } .bar.above { fill: #e0796b; }
            .axis { stroke: #8a93a5; } .tick, .count { font-size: 11px; text-anchor: middle; fill: var(--muted); }
            table { border-collapse: collapse; background: #fff; width: 100%; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; white-space: normal; word-break: break-all; }
            thead th { background: #eef1f6; position: sticky; top: 0; }
            table.sortable th { cursor: pointer; user-select: none; }
            table.sortable th.asc::after { content: " ▲"; } table.sortable th.desc::after { content: " ▼"; }
            tr.hard td:first-child { border-left: 4px solid #e0796b; }
            td.worse { color: #b3261e; } td.better { color: #1e7b34; }
            a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
            details { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
            details summary { cursor: pointer; } details .g { color: var(--muted); }
            table.sections { margin: 8px 0; } table.sections tr.hard { background: var(--hard); }
            table.sections tr.hardest td:first-child { font-weight: 600; }
            tr.ungraded { color: var(--muted); }
            code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f6; padding: 0 3px; border-radius: 3px; }
            table.sections tr.small { color: var(--muted); } table.sections tr.small svg.mini rect { fill: #c4c9d4; }
            .badge { background: #b3261e; color: #fff; border-radius: 4px; padding: 0 5px; font-size: 11px; font-weight: 400; }
            svg.mini { vertical-align: middle; } svg.mini rect { fill: #e0796b; }
            .hint { color: var(--muted); margin: 0 0 6px; }
            """;

    /** Sorts the file table by the clicked column, using each cell's data-v value. */
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable').forEach(function (table) {
              table.querySelectorAll('th').forEach(function (th, col) {
                th.addEventListener('click', function () {
                  var num = th.dataset.type === 'num';
                  var asc = !th.classList.contains('asc');
                  table.querySelectorAll('th').forEach(function (o) { o.classList.remove('asc', 'desc'); });
                  th.classList.add(asc ? 'asc' : 'desc');
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
                    if (num) {
                      x = x === '' ? -Infinity : parseFloat(x); y = y === '' ? -Infinity : parseFloat(y);
                      return asc ? x - y : y - x;
                    }
                    return asc ? x.localeCompare(y) : y.localeCompare(x);
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;
}
