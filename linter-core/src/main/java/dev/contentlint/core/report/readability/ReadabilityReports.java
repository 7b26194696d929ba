package dev.contentlint.core.report.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.PassiveVoice;
import dev.contentlint.core.readability.SectionReadability;
import dev.contentlint.core.readability.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Builds the entries of a {@link ReadabilityReport} from parsed documents. */
public final class ReadabilityReports {
    private ReadabilityReports() {}

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
