package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {
    private static final Pattern COMMAND = Pattern.compile("^::(error|warning|notice) (.*?)::(.*)$");

    @Test
    void escapesDataAndPropertiesAsTheRunnerExpects() {
        assertEquals("100%25 a%0Ab%0D%0Ac: d, e", GithubFormatter.escapeData("100% a\nb\r\nc: d, e"));
        assertEquals("a%3Ab%2Cc%25d%0A", GithubFormatter.escapeProperty("a:b,c%d\n"));
        assertEquals("bell\uFFFD lone\uFFFD tab\t 🙂", GithubFormatter.escapeData("bell\u0007 lone\uD800 tab\t 🙂"));
    }

    @Test
    void everyFindingIsOneCommandThatDecodesBackToTheFinding() {
        String out = ReportFixture.render(new GithubFormatter(), ReportFixture.result(), FormatOptions.plain("1"));
        List<String> lines = out.lines().toList();
        List<Finding> findings = ReportFixture.result().findings();
        assertEquals(findings.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Finding f = findings.get(i);
            Matcher m = COMMAND.matcher(lines.get(i));
            assertEquals(true, m.matches(), lines.get(i));
            assertEquals(switch (f.severity()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "notice"; },
                    m.group(1));
            String[] props = m.group(2).split(",");
            assertEquals(6, props.length, "commas inside values must be escaped");
            assertEquals("file=" + f.path(), unescape(props[0]));
            assertEquals("line=" + f.location().line(), props[1]);
            assertEquals("col=" + f.location().column(), props[2]);
            assertEquals("endLine=" + f.location().endLine(), props[3]);
            assertEquals("endColumn=" + f.location().endColumn(), props[4]);
            assertEquals("title=" + f.ruleId(), unescape(props[5]));
            if (!f.message().equals(ReportFixture.CONTROL_MESSAGE)) assertEquals(f.message(), unescape(m.group(3)));
        }
    }

    private static String unescape(String s) {
        return s.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
