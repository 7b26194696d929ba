package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every --format produces output its consumers can parse, carrying the finding. */
class FormatsTest {
    /** The official SARIF 2.1.0 schema, committed with the formatter's tests. */
    static final Path SARIF_SCHEMA = Path.of("../linter-core/src/test/resources/sarif/sarif-schema-2.1.0.json");

    @TempDir
    Path dir;
    Cli cli;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/guide.md"), CheckCommandTest.STALE_PAGE);
        cli = new Cli(dir);
    }

    private String run(String format) {
        Cli.Result r = cli.run("docs", "--today", CheckCommandTest.TODAY, "--format", format);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("stale") || r.out().contains("freshness/stale-date"), r.toString());
        return r.out();
    }

    @Test
    void json() throws IOException {
        JsonNode root = json.readTree(run("json"));
        JsonNode finding = root.get("findings").get(0);
        assertEquals("freshness/stale-date", finding.get("ruleId").asText());
        assertEquals("docs/guide.md", finding.get("path").asText());
        assertEquals(3, finding.get("line").asInt());
    }

    @Test
    void sarifIsValidAgainstTheSchema() throws IOException {
        String out = run("sarif");
        JsonNode root = json.readTree(out);
        JsonNode result = root.get("runs").get(0).get("results").get(0);
        assertEquals("freshness/stale-date", result.get("ruleId").asText());
        assertEquals("docs/guide.md", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());

        assertTrue(Files.isRegularFile(SARIF_SCHEMA), "SARIF schema expected at " + SARIF_SCHEMA.toAbsolutePath());
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(root);
        assertEquals(Set.of(), errors, out);
    }

    @Test
    void checkstyle() throws Exception {
        Document doc = xml(run("checkstyle"));
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        var file = (org.w3c.dom.Element) doc.getElementsByTagName("file").item(0);
        assertEquals("docs/guide.md", file.getAttribute("name"));
        var error = (org.w3c.dom.Element) file.getElementsByTagName("error").item(0);
        assertEquals("3", error.getAttribute("line"));
    }

    @Test
    void junitPassesAWarningAtTheDefaultFailOn() throws Exception {
        Document doc = xml(run("junit"));
        assertEquals(1, doc.getElementsByTagName("testcase").getLength());
        assertEquals(0, doc.getElementsByTagName("failure").getLength(), "exit 0, so no failed test");
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertTrue(doc.getElementsByTagName("system-out").item(0).getTextContent()
                .contains("warning: "), "the warning is still reported");
    }

    @Test
    void junitFailsTheWarningWithFailOnWarning() throws Exception {
        Cli.Result r = cli.run("docs", "--today", CheckCommandTest.TODAY, "--format", "junit", "--fail-on", "warning");
        assertEquals(1, r.code(), r.toString());
        Document doc = xml(r.out());
        assertEquals(1, doc.getElementsByTagName("failure").getLength(), r.out());
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(0, doc.getElementsByTagName("system-out").getLength(), r.out());
    }

    @Test
    void github() {
        String out = run("github");
        assertTrue(out.lines().anyMatch(l -> l.matches("::warning file=docs/guide\\.md,line=3,.*::.+")), out);
    }

    @Test
    void gitlab() throws IOException {
        JsonNode root = json.readTree(run("gitlab"));
        assertTrue(root.isArray(), "a JSON array");
        assertEquals("docs/guide.md", root.get(0).at("/location/path").asText());
        assertTrue(root.get(0).hasNonNull("fingerprint"));
    }

    @Test
    void text() {
        String out = run("text");
        assertTrue(out.startsWith("docs/guide.md:3:"), out);
    }

    private static Document xml(String text) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
