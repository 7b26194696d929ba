package dev.contentlint.core.report.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.PassiveVoice;
import dev.contentlint.core.readability.SectionReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the entries of a {@link ReadabilityReport} from parsed documents. */
public final class ReadabilityReports {
    private ReadabilityReports() {}

    /**
     * The report of a run that computed {@link ReadabilityProduct}: one entry per measured file, in path order,
     * with the count of the run's findings in that file. Files the run could not measure have no entry.
     */
    public static ReadabilityReport of(RunResult result, double targetGrade) {
        Map<String, Long> findings = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, Collectors.counting()));
        List<ReadabilityReport.FileEntry> out = new ArrayList<>();
        for (String path : result.files())
            result.product(path, ReadabilityProduct.INSTANCE)
                    .ifPresent(m -> out.add(m.entry(path, findings.getOrDefault(path, 0L).intValue())));
        return new ReadabilityReport(out, targetGrade, false);
    }

    /** The text views of a run that computed {@link TextViewProduct}, by path. */
    public static Map<String, TextView> views(RunResult result) {
        Map<String, TextView> out = new HashMap<>();
        for (String path : result.files()) result.product(path, TextViewProduct.INSTANCE).ifPresent(v -> out.put(path, v));
        return out;
    }

    /** The report entry of one document, with its count of findings. */
    public static ReadabilityReport.FileEntry entry(Document document, int findings) {
        return measure(document).entry(document.relativePath(), findings);
    }

    /** What one document's prose scores, overall and per section. */
    public static ReadabilityMeasure measure(Document document) {
        DocumentReadability r = DocumentReadability.of(document);
        List<ReadabilityReport.SectionEntry> sections = new ArrayList<>();
        for (SectionReadability s : r.sections()) {
            int line = s.section().level() == 0 ? 1 : document.location(s.section().heading()).line();
            sections.add(new ReadabilityReport.SectionEntry(SectionTitles.of(document, s.section()), s.section().level(), line, s.metrics(),
                    passiveShare(s.blocks())));
        }
        return new ReadabilityMeasure(r.metrics(), sections, passiveShare(r.blocks()));
    }

    /** Passive sentences over all sentences of the blocks, headings left out; 0 without sentences. */
    public static double passiveShare(List<BlockReadability> blocks) {
        int all = 0, passive = 0;
        for (BlockReadability b : blocks) {
            if (b.block().kind() == ProseBlock.Kind.HEADING) continue;
            for (Sentence s : b.sentences()) {
                all++;
                if (PassiveVoice.isPassive(s)) passive++;
            }
        }
        return all == 0 ? 0 : (double) passive / all;
    }
}
