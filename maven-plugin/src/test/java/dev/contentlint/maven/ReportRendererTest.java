package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
    private static final RunResult RESULT = new RunResult(List.of(
            new Finding("freshness/stale-date", Severity.ERROR, "Dated {old, http://x}", "docs/a.md",
                    new Location(3, 15, 3, 30)),
            new Finding("freshness/stale-date", Severity.WARNING, "Dated", "docs/b.md", new Location(1, 1, 1, 2)),
            new Finding("structure/empty-section", Severity.WARNING, "Empty", "docs/b.md", new Location(5, 1, 5, 9))),
            List.of("docs/a.md", "docs/b.md", "docs/c.md"), List.of(), Duration.ZERO);

    @Test
    void rendersSummaryRulesAndFilesWithMessagesAsPlainText() {
        String html = render(ReadabilityTable.EMPTY);
        assertTrue(html.contains("Findings per rule"), html);
        assertTrue(html.contains("<td>freshness/stale-date</td>") || html.contains(">freshness/stale-date<"), html);
        assertTrue(html.contains("<td>error, warning</td>"), html);
        assertTrue(html.contains("Dated {old, http://x}"), "a message is not read as a link: " + html);
        assertTrue(html.contains("docs/b.md"), html);
        assertFalse(html.contains("Readability per file"), html);
    }

    @Test
    void rendersTheReadabilityTableWhenMetricsExist() {
        String html = render(new ReadabilityTable(List.of("Flesch reading ease"), Map.of("docs/a.md", List.of("61.2"))));
        assertTrue(html.contains("Readability per file"), html);
        assertTrue(html.contains("Flesch reading ease"), html);
        assertTrue(html.contains("<td>61.2</td>"), html);
    }

    private static String render(ReadabilityTable readability) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new ReportRenderer(sink, RESULT, readability, "1.0").render();
        sink.flush();
        return out.toString();
    }
}
