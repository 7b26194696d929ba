package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {
    private static final String ESC = "\u001b";

    @Test
    void oneGnuLinePerFindingAndNoEscapeCodesWithoutColour() {
        String out = ReportFixture.render(new TextFormatter(), ReportFixture.result(), FormatOptions.plain("1"));
        String[] lines = out.split("\n", -1);
        assertEquals(ReportFixture.result().findings().size() + 1, lines.length);
        assertEquals("", lines[lines.length - 1]);
        assertEquals("docs/a,b:c.md:1:1: warning: Date 2019-01-01 is stale: update it, or mark it 100% historical, ok?"
                + " [freshness/stale-date]", lines[5]);
        assertFalse(out.contains(ESC));
        assertFalse(out.contains("\r"));
    }

    @Test
    void colourMarksSeverityAndPath() {
        String out = ReportFixture.render(new TextFormatter(), ReportFixture.result(), new FormatOptions(true, "1"));
        assertTrue(out.contains(ESC + "[1mREADME.md" + ESC + "[0m:1:1: " + ESC + "[31merror" + ESC + "[0m: "));
        assertTrue(out.contains(ESC + "[33mwarning" + ESC + "[0m"));
        assertTrue(out.contains(ESC + "[36minfo" + ESC + "[0m"));
        assertEquals(ReportFixture.render(new TextFormatter(), ReportFixture.result(), FormatOptions.plain("1")),
                out.replaceAll(ESC + "\\[\\d+m", ""));
    }

    @Test
    void singleLineNeutralisesBreaksAndControls() {
        assertEquals("a b c d", GnuLine.singleLine("a\nb\r\nc\rd"));
        assertEquals("\uFFFD[31mred\uFFFD", GnuLine.singleLine("\u001b[31mred\u0085"));
        assertEquals("tab\tkept 🙂 \uFFFD", GnuLine.singleLine("tab\tkept 🙂 \uDC00"));
    }

    @Test
    void summaryCountsSeveritiesFilesAndTime() {
        assertEquals("2 errors, 4 warnings, 2 info in 4 files (5 checked) in 0.4 s", TextFormatter.summary(
                new RunResult(withExtra(), ReportFixture.result().files(), ReportFixture.rules(), Duration.ofMillis(412))));
        assertEquals("No problems found in 2 files (0.3 s)", TextFormatter.summary(ReportFixture.clean()));
        Finding one = new Finding("freshness/stale-date", Severity.WARNING, "m", "a.md", new Location(1, 1, 1, 2));
        assertEquals("1 warning in 1 file (1 checked) in 1.5 s", TextFormatter.summary(
                new RunResult(List.of(one), List.of("a.md"), List.of(), Duration.ofMillis(1450))));
        assertEquals("No problems found in 1 file (0.0 s)", TextFormatter.summary(
                new RunResult(List.of(), List.of("a.md"), List.of(), Duration.ZERO)));
        assertTrue(TextFormatter.summary(ReportFixture.result()).chars().allMatch(c -> c < 128), "plain ASCII");
    }

    private static List<Finding> withExtra() {
        var list = new java.util.ArrayList<>(ReportFixture.findings());
        list.add(new Finding("freshness/stale-date", Severity.WARNING, "extra", ReportFixture.COMMA,
                new Location(5, 1, 5, 2)));
        return list;
    }
}
