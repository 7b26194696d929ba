package dev.contentlint.rules.disclaimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.YamlNode;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclaimersTest {
    private static List<DisclaimerTopic> parse(Object setting) {
        return Disclaimers.parse(YamlNode.of(setting, "disclaimers")).topics();
    }

    @Test
    void defaultsShipMedicalFinancialAndLegal() {
        List<DisclaimerTopic> topics = Disclaimers.BUILT_IN.topics();
        assertEquals(List.of("medical", "financial", "legal"), topics.stream().map(DisclaimerTopic::id).toList());
        assertEquals(4, topics.get(0).minKeywordHits());
        assertTrue(topics.get(0).headings().contains("disclaimer"));
    }

    @Test
    void parsesATopicWithPathsFrontMatterAndText() {
        DisclaimerTopic t = parse(List.of(Map.of("id", "pricing",
                "when", Map.of("paths", List.of("pricing/**"), "front-matter", Map.of("category", "offers")),
                "accept", Map.of("headings", List.of("terms")), "text", " Prices may change. "))).get(0);
        assertEquals("pricing", t.id());
        assertTrue(t.paths().get(0).matches("pricing/plans.md"));
        assertEquals(Map.of("category", List.of("offers")), t.frontMatter());
        assertEquals(1, t.minKeywordHits());
        assertEquals("Prices may change.", t.text());
    }

    @Test
    void mistakesSayWhatToChange() {
        assertEquals("disclaimers: must be a list of topics, each with an id, when, accept and an optional text.",
                assertThrows(ConfigException.class, () -> parse("medical")).getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> parse(List.of(Map.of("id", "x",
                "when", Map.of("keyword", List.of("a")), "accept", Map.of("headings", List.of("d"))))));
        assertTrue(unknown.getMessage().contains("'x'.when has an unknown key 'keyword'"), unknown.getMessage());
        ConfigException noAccept = assertThrows(ConfigException.class, () -> parse(List.of(Map.of("id", "x",
                "when", Map.of("keywords", List.of("a"))))));
        assertTrue(noAccept.getMessage().contains("'x'.accept needs headings or phrases"), noAccept.getMessage());
        ConfigException hits = assertThrows(ConfigException.class, () -> parse(List.of(Map.of("id", "x",
                "when", Map.of("keywords", List.of("a"), "min-keyword-hits", 0), "accept", Map.of("phrases", List.of("b"))))));
        assertTrue(hits.getMessage().contains("min-keyword-hits must be a whole number of at least 1"), hits.getMessage());
    }

    @Test
    void aMistakeInTheConfigFileIsReportedAtItsLine(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve(".contentlint.yml"), String.join("\n",
                "extends: recommended",
                "today: 2026-11-26",
                "disclaimers:",
                "  - id: pricing",
                "    when: { paths: ['**'] }",
                ""));
        Files.writeString(root.resolve("page.md"), "# Prices\n\nText.\n");
        RuleRegistry registry = new RuleRegistry(List.of(new BuiltInRules()));
        ConfigLoader loader = new ConfigLoader(registry);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(root.resolve(".contentlint.yml")));
        assertEquals(root.resolve(".contentlint.yml"), e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().endsWith(".contentlint.yml:4: disclaimers: 'pricing'.accept needs headings or phrases,"
                + " or no page can satisfy the topic."), e.getMessage());
    }

    @Test
    void firstDifferenceShowsContext() {
        assertNull(ModifiedRule.firstDifference("Not  advice.", "not advice."));
        assertEquals("expected \"... is not financial advice.\" but found \"... is financial advice.\" (word 4)",
                ModifiedRule.firstDifference("This page is not financial advice.", "This page is financial advice."));
    }

    @Test
    void configuredTopicReplacesTheDefaults() {
        Map<String, Object> settings = Map.of("today", "2026-11-26", "disclaimers", List.of(Map.of("id", "pricing",
                "when", Map.of("keywords", List.of("price", "discount"), "min-keyword-hits", 2),
                "accept", Map.of("phrases", List.of("prices may change")))));
        List<Finding> findings = RuleTester.forRule("disclaimer/missing")
                .lint("a.md", "# Offer\n\nThe price drops with a discount.\n", settings);
        assertEquals(List.of("The page looks pricing (price, discount) but has no pricing disclaimer: add a \"Disclaimer\" section."),
                findings.stream().map(Finding::message).toList());
        assertEquals(1, findings.get(0).location().line());
        assertEquals(List.of(), RuleTester.forRule("disclaimer/missing")
                .lint("b.md", "# Offer\n\nThe price drops with a discount. Prices may change.\n", settings));
    }
}
