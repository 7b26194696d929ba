package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** Renders a run as the site report page: summary, findings per rule, readability per file, findings per file. */
final class ReportRenderer extends AbstractMavenReportRenderer {
    private final RunResult result;
    private final ReadabilityTable readability;
    private final String version;

    ReportRenderer(Sink sink, RunResult result, ReadabilityTable readability, String version) {
        super(sink);
        this.result = result;
        this.readability = readability;
        this.version = version;
    }

    @Override
    public String getTitle() {
        return "contentlint";
    }

    @Override
    protected void renderBody() {
        startSection("contentlint");
        paragraph("Content-quality and accessibility findings in the project's documents, from contentlint "
                + version + ".");
        summary();
        perRule();
        readability();
        perFile();
        endSection();
    }

    private void summary() {
        startSection("Summary");
        startTable();
        tableHeader(new String[] {"Files", "Files with findings", "Errors", "Warnings", "Info"});
        long withFindings = result.findings().stream().map(Finding::path).distinct().count();
        row(new String[] {String.valueOf(result.files().size()), String.valueOf(withFindings),
            String.valueOf(result.count(Severity.ERROR)), String.valueOf(result.count(Severity.WARNING)),
            String.valueOf(result.count(Severity.INFO))});
        endTable();
        endSection();
    }

    private void perRule() {
        startSection("Findings per rule");
        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : result.findings()) counts.merge(f.ruleId(), 1L, Long::sum);
        if (counts.isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        startTable();
        tableHeader(new String[] {"Rule", "Description", "Severity", "Findings"});
        for (Map.Entry<String, Long> row : rows) {
            RuleMeta meta = result.rule(row.getKey());
            sink.tableRow();
            sink.tableCell();
            if (meta != null && meta.docsUrl() != null) link(meta.docsUrl(), row.getKey());
            else text(row.getKey());
            sink.tableCell_();
            cell(meta == null ? "" : meta.summary());
            cell(severities(row.getKey()));
            cell(String.valueOf(row.getValue()));
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    /** The severities a rule's findings have, most severe first: overrides can give one rule several. */
    private String severities(String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::severity).distinct()
                .sorted().map(Severity::id).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private void readability() {
        if (readability.isEmpty()) return;
        startSection("Readability per file");
        if (!readability.summary().isEmpty()) {
            startTable();
            tableHeader(readability.summary().keySet().toArray(String[]::new));
            row(readability.summary().values().toArray(String[]::new));
            endTable();
        }
        if (readability.fullReport() != null) {
            sink.paragraph();
            text("The full readability report, with each section's grade and each file's text with its hard"
                    + " sentences marked: ");
            link(readability.fullReport(), readability.fullReport());
            sink.paragraph_();
        }
        startTable();
        List<String> header = new ArrayList<>();
        header.add("File");
        header.addAll(readability.columns());
        tableHeader(header.toArray(String[]::new));
        for (Map.Entry<String, List<String>> row : new TreeMap<>(readability.rows()).entrySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.getKey());
            cells.addAll(row.getValue());
            row(cells.toArray(String[]::new));
        }
        endTable();
        endSection();
    }

    private void perFile() {
        startSection("Findings per file");
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        if (byFile.isEmpty()) paragraph("No findings in " + result.files().size() + " files.");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            startSection(file.getKey());
            startTable();
            tableHeader(new String[] {"Line", "Column", "Severity", "Message", "Rule"});
            for (Finding f : file.getValue())
                row(new String[] {String.valueOf(f.location().line()), String.valueOf(f.location().column()),
                    f.severity().id(), f.message(), f.ruleId()});
            endTable();
            endSection();
        }
        endSection();
    }

    // The inherited table helpers read "{text, url}" in a cell as a link; findings quote documents, so cells are plain text.
    private void row(String[] cells) {
        sink.tableRow();
        for (String c : cells) cell(c);
        sink.tableRow_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
