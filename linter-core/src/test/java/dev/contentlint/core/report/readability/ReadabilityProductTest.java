package dev.contentlint.core.report.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The readability product is the report entry less path and findings, and the run cache gives it back exactly. */
class ReadabilityProductTest {
    private static final String SECTIONS = "Before any heading the text runs on.\n\n# Notice\n\nThe plan was approved "
            + "by the board. We go.\n\n## Terms \"&\" <x>\n\nNotwithstanding considerable heterogeneity, it stands.\n";

    @Test
    void theMeasureIsTheEntryLessPathAndFindings() {
        Document d = Parsers.parse(Path.of("a.md"), "docs/a.md", SECTIONS, Format.MARKDOWN);
        ReadabilityMeasure m = ReadabilityProduct.INSTANCE.compute(d);
        assertEquals(ReadabilityReports.entry(d, 4), m.entry("docs/a.md", 4));
        assertEquals(3, m.sections().size());
    }

    @Test
    void storedMeasuresReadBackEqual() {
        for (Document d : new Document[] {
                Parsers.parse(Path.of("a.md"), "a.md", SECTIONS, Format.MARKDOWN),
                Parsers.parse(Path.of("b.txt"), "b.txt", ReadabilityReportTest.HOSTILE, Format.TEXT),
                Parsers.parse(Path.of("c.md"), "c.md", "```\nonly code\n```\n", Format.MARKDOWN)}) {
            ReadabilityMeasure m = ReadabilityProduct.INSTANCE.compute(d);
            FieldWriter out = new FieldWriter();
            ReadabilityProduct.INSTANCE.store(m, out);
            FieldReader in = new FieldReader(out.toString());
            assertEquals(m, ReadabilityProduct.INSTANCE.load(in, null), d.relativePath());
            assertTrue(!in.hasMore());
        }
    }
}
