package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checkstyle and JUnit reports parsed back with the JDK's XML parser. */
class XmlFormatsTest {
    private static Document render(Formatter f) throws Exception {
        return render(f, FormatOptions.plain("1.2.3"));
    }

    private static Document render(Formatter f, FormatOptions options) throws Exception {
        return XmlTestSupport.parse(ReportFixture.render(f, ReportFixture.result(), options));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    @Test
    void checkstyleListsEveryCheckedFileAndEveryFinding() throws Exception {
        Document doc = render(new CheckstyleFormatter());
        assertEquals("4.3", doc.getDocumentElement().getAttribute("version"));
        List<String> names = elements(doc, "file").stream().map(e -> e.getAttribute("name")).toList();
        assertEquals(ReportFixture.result().files(), names);

        List<Element> errors = elements(doc, "error");
        List<Finding> findings = ReportFixture.result().findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::path)).toList();
        assertEquals(findings.size(), errors.size());
        for (Element e : errors) {
            Element file = (Element) e.getParentNode();
            Finding f = findings.stream()
                    .filter(x -> x.path().equals(file.getAttribute("name"))
                            && XmlTestSupport.legalPart(x.message()).equals(e.getAttribute("message"))
                            && String.valueOf(x.location().line()).equals(e.getAttribute("line")))
                    .findFirst().orElseThrow(() -> new AssertionError("no finding for " + e.getAttribute("message")));
            assertEquals(String.valueOf(f.location().column()), e.getAttribute("column"));
            assertEquals(f.severity().id(), e.getAttribute("severity"));
            assertEquals("contentlint." + f.ruleId(), e.getAttribute("source"));
        }
    }

    @Test
    void junitHasOneCasePerFileFailingOnErrorsAndWarnings() throws Exception {
        Document doc = render(new JunitFormatter(), FormatOptions.plain("1.2.3").withFailOn(Severity.WARNING));
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("5", suites.getAttribute("tests"));
        assertEquals("3", suites.getAttribute("failures"));
        assertEquals("0.412", suites.getAttribute("time"));

        List<Element> cases = elements(doc, "testcase");
        assertEquals(ReportFixture.result().files(), cases.stream().map(e -> e.getAttribute("name")).toList());
        assertEquals(3, elements(doc, "failure").size());

        Element readme = cases.get(0);
        assertEquals(ReportFixture.README, readme.getAttribute("classname"));
        Element failure = (Element) readme.getElementsByTagName("failure").item(0);
        assertEquals("3 problems: 1 error, 2 warnings", failure.getAttribute("message"));
        assertEquals("contentlint/parse-error freshness/stale-date", failure.getAttribute("type"));
        String[] lines = failure.getTextContent().split("\n");
        assertEquals(3, lines.length);
        assertEquals("README.md:4:1: warning: Date 2020-02-02 is stale. [freshness/stale-date]", lines[1]);
        assertTrue(readme.getElementsByTagName("system-out").item(0).getTextContent()
                .contains("info: Seen by a rule without metadata. [custom/unknown-rule]"));

        Element unicode = cases.get(4);
        assertEquals(ReportFixture.UNICODE, unicode.getAttribute("name"));
        assertEquals(0, unicode.getElementsByTagName("failure").getLength(), "info findings do not fail");
        assertEquals(ReportFixture.CLEAN, cases.get(3).getAttribute("name"));
        assertEquals(0, cases.get(3).getChildNodes().getLength(), "a clean file is a passing, empty case");

        Element html = cases.get(1);
        Element single = (Element) html.getElementsByTagName("failure").item(0);
        assertEquals(ReportFixture.ALT_MESSAGE, single.getAttribute("message"));
        assertEquals("accessibility/img-alt-text", single.getAttribute("type"));
    }

    @Test
    void junitFailsOnlyOnErrorsAtTheDefaultThreshold() throws Exception {
        Document doc = render(new JunitFormatter());
        assertEquals("2", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(2, elements(doc, "failure").size());
        assertEquals(0, elements(doc, "skipped").size(), "findings below the threshold pass, they are not skipped");
        List<Element> cases = elements(doc, "testcase");

        Element readme = cases.get(0);
        assertEquals(ReportFixture.README, readme.getAttribute("name"));
        Element failure = (Element) readme.getElementsByTagName("failure").item(0);
        assertEquals("contentlint/parse-error", failure.getAttribute("type"), "the lone error fails the case");
        assertTrue(failure.getAttribute("message").startsWith("Parse failed at"), failure.getAttribute("message"));
        String out = readme.getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals(3, out.split("\n").length, out);
        assertTrue(out.contains("README.md:4:1: warning: Date 2020-02-02 is stale. [freshness/stale-date]"), out);

        Element comma = cases.get(2);
        assertEquals(ReportFixture.COMMA, comma.getAttribute("name"));
        assertEquals(0, comma.getElementsByTagName("failure").getLength(), "a warning passes when only errors fail");
        assertTrue(comma.getElementsByTagName("system-out").item(0).getTextContent().contains("warning: "));
    }

    @ParameterizedTest(name = "fail on {0}")
    @CsvSource({"ERROR, 2", "WARNING, 3", "INFO, 4"})
    void junitFailuresAreTheFilesWithFindingsAtOrAboveTheThreshold(Severity threshold, int expected) throws Exception {
        long failingFiles = ReportFixture.result().findings().stream()
                .filter(f -> f.severity().atLeast(threshold)).map(Finding::path).distinct().count();
        assertEquals(expected, failingFiles, "the fixture's files with a finding at or above " + threshold);
        Document doc = render(new JunitFormatter(), FormatOptions.plain("1.2.3").withFailOn(threshold));
        assertEquals(String.valueOf(expected), doc.getDocumentElement().getAttribute("failures"));
        assertEquals(expected, elements(doc, "failure").size());
        assertEquals("5", doc.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void junitCountsEverySeverityInTheFailureMessage() throws Exception {
        Document doc = render(new JunitFormatter(), FormatOptions.plain("1.2.3").withFailOn(Severity.INFO));
        Element readme = elements(doc, "testcase").get(0);
        Element failure = (Element) readme.getElementsByTagName("failure").item(0);
        assertEquals("4 problems: 1 error, 2 warnings, 1 info", failure.getAttribute("message"));
        assertEquals(0, readme.getElementsByTagName("system-out").getLength(), "nothing passes below info");
    }
}
