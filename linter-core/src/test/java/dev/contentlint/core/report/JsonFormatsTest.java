package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON and GitLab reports parsed back with Jackson. */
class JsonFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(Formatter f) throws IOException {
        return JSON.readTree(ReportFixture.render(f, ReportFixture.result(), FormatOptions.plain("1.2.3")));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void jsonReportHasTheDocumentedShapeInStableOrder() throws IOException {
        JsonNode doc = render(new JsonFormatter());
        assertEquals(List.of("version", "tool", "summary", "files", "findings"), names(doc));
        assertEquals(1, doc.get("version").asInt());
        assertEquals("{\"name\":\"contentlint\",\"version\":\"1.2.3\"}", doc.get("tool").toString());
        assertEquals("{\"files\":5,\"errors\":2,\"warnings\":3,\"infos\":2}", doc.get("summary").toString());
        assertEquals(ReportFixture.result().files().size(), doc.get("files").size());

        List<Finding> findings = ReportFixture.result().findings();
        JsonNode out = doc.get("findings");
        assertEquals(findings.size(), out.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode j = out.get(i);
            assertEquals(List.of("ruleId", "severity", "message", "path", "line", "column", "endLine", "endColumn",
                    "docsUrl", "fixes", "properties"), names(j));
            assertEquals(f.message(), j.get("message").asText());
            assertEquals(f.path(), j.get("path").asText());
            assertEquals(f.severity().id(), j.get("severity").asText());
            assertEquals(f.location().endColumn(), j.get("endColumn").asInt());
            assertEquals(f.properties().size(), j.get("properties").size());
            f.properties().forEach((k, v) -> assertEquals(v, j.get("properties").get(k).asText()));
        }
        assertTrue(out.get(1).get("docsUrl").isNull(), "no docs URL for a rule without metadata");
        JsonNode fix = out.get(6).get("fixes").get(0);
        assertEquals(List.of("line", "column", "endLine", "endColumn", "replacement", "description", "class"), names(fix));
        assertEquals("naive", fix.get("replacement").asText());
        assertEquals("unsafe", fix.get("class").asText());
    }

    @Test
    void suppressedFindingsAreListedApartWithWhatHidThem() throws IOException {
        JsonNode doc = JSON.readTree(ReportFixture.render(new JsonFormatter(), ReportFixture.suppressed(),
                FormatOptions.plain("1.2.3")));
        assertEquals(List.of("version", "tool", "summary", "files", "findings", "suppressed"), names(doc));
        assertEquals(ReportFixture.findings().size(), doc.get("findings").size(), "the hidden ones are not counted");
        assertEquals("{\"files\":5,\"errors\":2,\"warnings\":3,\"infos\":2}", doc.get("summary").toString());
        JsonNode hidden = doc.get("suppressed");
        assertEquals(2, hidden.size());
        assertEquals("{\"kind\":\"inSource\",\"justification\":\"archived \\\"page\\\"\",\"line\":11,\"column\":1,"
                + "\"endLine\":11,\"endColumn\":70}", hidden.get(0).get("suppression").toString());
        assertEquals("freshness/stale-date", hidden.get(0).get("ruleId").asText());
        assertEquals("{\"kind\":\"external\"}", hidden.get(1).get("suppression").toString(),
                "no justification key without a reason, no position for a baseline entry");
    }

    @Test
    void gitlabReportIsAnArrayOfCodeQualityIssues() throws IOException {
        JsonNode doc = render(new GitlabFormatter());
        List<Finding> findings = ReportFixture.result().findings();
        assertTrue(doc.isArray());
        assertEquals(findings.size(), doc.size());
        var fingerprints = new HashSet<String>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode issue = doc.get(i);
            assertEquals(f.ruleId(), issue.get("check_name").asText());
            assertEquals(f.message(), issue.get("description").asText());
            assertEquals(switch (f.severity()) { case ERROR -> "major"; case WARNING -> "minor"; case INFO -> "info"; },
                    issue.get("severity").asText());
            assertEquals(f.path(), issue.at("/location/path").asText());
            assertEquals(f.location().line(), issue.at("/location/lines/begin").asInt());
            assertTrue(issue.get("fingerprint").asText().matches("[0-9a-f]{64}"));
            fingerprints.add(issue.get("fingerprint").asText());
        }
        assertEquals(findings.size(), fingerprints.size(), "fingerprints are unique");
    }

    @Test
    void sarifAndGitlabShareFingerprints() throws IOException {
        JsonNode gitlab = render(new GitlabFormatter());
        JsonNode sarif = render(new SarifFormatter()).at("/runs/0/results");
        for (int i = 0; i < gitlab.size(); i++) {
            assertEquals(gitlab.get(i).get("fingerprint").asText(),
                    sarif.get(i).at("/partialFingerprints/contentlint~1v1").asText());
        }
    }
}
