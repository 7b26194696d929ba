package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups a run's findings by file for the per-file formats. */
final class ReportFiles {
    private ReportFiles() {}

    /**
     * Every checked file, and every file a finding names (even if the engine did not list it as checked),
     * sorted by path, each with its findings in output order.
     */
    static Map<String, List<Finding>> byPath(RunResult result) {
        Map<String, List<Finding>> files = new TreeMap<>();
        for (String path : result.files()) files.put(path, new ArrayList<>());
        for (Finding f : result.findings()) files.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        return files;
    }
}
