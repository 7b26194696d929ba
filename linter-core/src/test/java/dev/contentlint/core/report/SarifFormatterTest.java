package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifFormatterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifFormatterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) throw new IOException("missing test resource sarif/sarif-schema-2.1.0.json");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    private static JsonNode sarif(RunResult result, FormatOptions options) throws IOException {
        return JSON.readTree(ReportFixture.render(new SarifFormatter(), result, options));
    }

    @Test
    void fixtureOutputIsValidAgainstTheOfficialSchema() throws IOException {
        Set<ValidationMessage> errors = schema.validate(sarif(ReportFixture.result(), FormatOptions.plain("1.2.3")));
        assertEquals(Set.of(), errors);
    }

    @Test
    void cleanRunAndBaseUriAreValidToo() throws IOException {
        FormatOptions withBase = FormatOptions.plain("1.2.3").withBaseDir(Path.of("/tmp/some repo"));
        assertEquals(Set.of(), schema.validate(sarif(ReportFixture.clean(), FormatOptions.plain("0.1.0-SNAPSHOT"))));
        assertEquals(Set.of(), schema.validate(sarif(ReportFixture.result(), withBase)));
    }

    @Test
    void schemaRejectsWhatSarifForbids() throws IOException {
        // Guards the test above: the validator must really check levels, regions and URI formats.
        JsonNode doc = sarif(ReportFixture.result(), FormatOptions.plain("1.2.3"));
        var result = (com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/runs/0/results/0");
        result.put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) result.at("/locations/0/physicalLocation/region"))
                .put("startLine", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/runs/0/tool/driver")).put("informationUri", "not a uri");
        Set<ValidationMessage> errors = schema.validate(doc);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void resultsCarryRuleIndexLevelMessageAndLocation() throws IOException {
        JsonNode run = sarif(ReportFixture.result(), FormatOptions.plain("1.2.3")).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode results = run.get("results");
        List<Finding> findings = ReportFixture.result().findings();
        assertEquals(findings.size(), results.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = results.get(i);
            assertEquals(f.ruleId(), r.get("ruleId").asText());
            assertEquals(f.message(), r.at("/message/text").asText());
            assertEquals(SarifFormatter.level(f.severity()), r.get("level").asText());
            assertEquals(f.location().line(), r.at("/locations/0/physicalLocation/region/startLine").asInt());
            assertEquals(f.location().endColumn(), r.at("/locations/0/physicalLocation/region/endColumn").asInt());
            if (r.has("ruleIndex")) {
                assertEquals(f.ruleId(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            } else {
                assertEquals("custom/unknown-rule", f.ruleId());
            }
        }
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertFalse(run.has("originalUriBaseIds"));
    }

    @Test
    void rulesCarryWcagActAndCategoryTagsAndDocs() throws IOException {
        JsonNode rule = sarif(ReportFixture.result(), FormatOptions.plain("1.2.3")).at("/runs/0/tool/driver/rules/0");
        assertEquals("accessibility/img-alt-text", rule.get("id").asText());
        assertEquals("ImgAltText", rule.get("name").asText());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertEquals("https://github.com/contentlint/contentlint/blob/main/docs/rules/accessibility/img-alt-text.md",
                rule.get("helpUri").asText());
        assertEquals("[\"wcag:1.1.1\",\"act:23a2a8\",\"accessibility\"]", rule.at("/properties/tags").toString());
    }

    @Test
    void fixesBecomeArtifactChanges() throws IOException {
        JsonNode fix = sarif(ReportFixture.result(), FormatOptions.plain("1.2.3")).at("/runs/0/results/6/fixes/0");
        assertEquals("Replace with \"naive\"", fix.at("/description/text").asText());
        JsonNode replacement = fix.at("/artifactChanges/0/replacements/0");
        assertEquals("naive", replacement.at("/insertedContent/text").asText());
        assertEquals(3, replacement.at("/deletedRegion/startColumn").asInt());
        assertEquals(8, replacement.at("/deletedRegion/endColumn").asInt());
        assertEquals("{\"class\":\"unsafe\"}", fix.get("properties").toString());
    }

    @Test
    void hiddenFindingsAreSuppressedResultsWithTheirKindJustificationAndComment() throws IOException {
        JsonNode doc = sarif(ReportFixture.suppressed(), FormatOptions.plain("1.2.3"));
        assertEquals(Set.of(), schema.validate(doc));
        JsonNode results = doc.at("/runs/0/results");
        int shown = ReportFixture.findings().size();
        assertEquals(shown + 2, results.size(), "hidden findings stay in the log");
        for (int i = 0; i < shown; i++) assertTrue(results.get(i).get("suppressions") == null, "result " + i);
        JsonNode inline = results.get(shown).get("suppressions");
        assertEquals(1, inline.size());
        assertEquals("inSource", inline.at("/0/kind").asText());
        assertEquals("archived \"page\"", inline.at("/0/justification").asText());
        assertEquals("README.md", inline.at("/0/location/physicalLocation/artifactLocation/uri").asText());
        assertEquals(11, inline.at("/0/location/physicalLocation/region/startLine").asInt());
        assertEquals("{\"kind\":\"external\"}", results.get(shown + 1).get("suppressions").get(0).toString());
    }

    @Test
    void baseDirBecomesSrcRoot() throws IOException {
        JsonNode run = sarif(ReportFixture.clean(), FormatOptions.plain("1").withBaseUri("file:///home/ci/repo"))
                .at("/runs/0");
        assertEquals("file:///home/ci/repo/", run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    }

    @Test
    void uriIsPercentEncodedPerRfc3986() {
        assertEquals("docs/guide.md", SarifFormatter.uri("docs/guide.md"));
        assertEquals("docs/a%20b%25c%3Ad.md", SarifFormatter.uri("docs/a b%c:d.md"));
        assertEquals("docs/%C3%BC%F0%9F%99%82.md", SarifFormatter.uri("docs/ü🙂.md"));
        assertEquals("a/%23b%3Fc%5Bd%5D%5Ce", SarifFormatter.uri("a/#b?c[d]\\e"));
        assertEquals("x,y;z=1&(2)!'*+$@~", SarifFormatter.uri("x,y;z=1&(2)!'*+$@~"));
        // Every encoded path resolves back to the original against a base URI.
        for (String path : List.of("docs/a b%c:d.md", "docs/ü🙂.md", ReportFixture.HTML, ReportFixture.UNICODE)) {
            assertEquals("/base/" + path, URI.create("file:///base/").resolve(SarifFormatter.uri(path)).getPath());
        }
    }

    @Test
    void regionsStayValidForOddLocations() throws IOException {
        Finding odd = new Finding("freshness/stale-date", Severity.WARNING, "odd", "a.md", new Location(0, 0, 0, 0));
        RunResult result = new RunResult(List.of(odd), List.of("a.md"), ReportFixture.rules(), Duration.ZERO);
        JsonNode doc = sarif(result, FormatOptions.plain("1"));
        assertEquals(Set.of(), schema.validate(doc));
        assertEquals("{\"startLine\":1,\"startColumn\":1,\"endLine\":1,\"endColumn\":1}",
                doc.at("/runs/0/results/0/locations/0/physicalLocation/region").toString());
    }

    @Test
    void pascalCaseOfRuleNames() {
        assertEquals("StaleDate", SarifFormatter.pascalCase("stale-date"));
        assertEquals("ImgAltText", SarifFormatter.pascalCase("img-alt-text"));
        assertEquals("X", SarifFormatter.pascalCase("x"));
        assertTrue(SarifFormatter.pascalCase("").isEmpty());
    }
}
