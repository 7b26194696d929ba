package dev.contentlint.core.report.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.readability.Counts;
import dev.contentlint.core.readability.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Each document's {@link ReadabilityMeasure}, computed by the engine as it lints, for the readability report
 * and the site table. Stored as counts: the scores follow from them exactly.
 */
public final class ReadabilityProduct implements DocumentProduct<ReadabilityMeasure> {
    /** The one instance; it holds no state. */
    public static final ReadabilityProduct INSTANCE = new ReadabilityProduct();

    private ReadabilityProduct() {}

    @Override
    public String id() {
        return "readability/measure";
    }

    @Override
    public ReadabilityMeasure compute(Document document) {
        return ReadabilityReports.measure(document);
    }

    @Override
    public void store(ReadabilityMeasure value, FieldWriter out) {
        counts(value.metrics().counts(), out);
        out.decimal(value.passiveShare()).number(value.sections().size());
        for (ReadabilityReport.SectionEntry s : value.sections()) {
            out.string(s.title()).number(s.level()).number(s.line());
            counts(s.metrics().counts(), out);
            out.decimal(s.passiveShare());
        }
    }

    @Override
    public ReadabilityMeasure load(FieldReader in, Path file) {
        Metrics metrics = Metrics.of(counts(in));
        double passiveShare = in.decimal();
        int n = in.integer();
        List<ReadabilityReport.SectionEntry> sections = new ArrayList<>();
        for (int i = 0; i < n; i++)
            sections.add(new ReadabilityReport.SectionEntry(in.string(), in.integer(), in.integer(),
                    Metrics.of(counts(in)), in.decimal()));
        return new ReadabilityMeasure(metrics, sections, passiveShare);
    }

    private static void counts(Counts c, FieldWriter out) {
        out.number(c.words()).number(c.sentences()).number(c.syllables()).number(c.polysyllables())
                .number(c.complexWords()).number(c.letters()).number(c.characters());
    }

    private static Counts counts(FieldReader in) {
        return new Counts(in.integer(), in.integer(), in.integer(), in.integer(), in.integer(), in.integer(),
                in.integer());
    }
}
