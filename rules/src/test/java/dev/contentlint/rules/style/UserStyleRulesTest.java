package dev.contentlint.rules.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatters;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Style rules a config defines with {@code styles:} run like built-in rules, over prose only. */
class UserStyleRulesTest {
    private static final String HEDGING = """
            extends: existence
            message: "Avoid hedging: '%s'"
            summary: Hedging words weaken instructions
            link: https://example.org/style/hedging
            severity: warning
            ignorecase: true
            tokens: [maybe, "sort of", perhaps]
            patterns: ['\\bkind(?:a| of)\\b']
            exceptions: [Kind Of]
            """;
    private static final String PRODUCT = """
            extends: substitution
            message: "Use '%s' instead of '%s'"
            level: error
            swap:
              Javascript: JavaScript
              e-mail: email
              log in to: sign in to|log on to
            """;

    private static final RuleRegistry REGISTRY = RuleRegistry.load();

    private static Path project(Path dir, String config) throws IOException {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/hedging.yml"), HEDGING);
        Files.writeString(dir.resolve("styles/product-names.yaml"), PRODUCT);
        // Only the style rules under test: without extends the config would bring in the default preset.
        Files.writeString(dir.resolve(".contentlint.yml"), "extends: none\n" + config);
        return dir.resolve(".contentlint.yml");
    }

    private static RunResult run(Path dir, Path configFile) {
        Config config = new ConfigLoader(REGISTRY).load(configFile);
        EngineOptions options = EngineOptions.defaults(dir).withJobs(1).withToday(LocalDate.of(2026, 11, 26));
        return new Engine(config, REGISTRY, options).run(List.of(Input.of(dir)));
    }

    private static List<String> lines(RunResult result) {
        return result.findings().stream().map(f -> f.path() + ":" + f.location().line() + ":" + f.location().column()
                + "-" + f.location().endColumn() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void findsWordsInProseAndNeverInCodeUrlsOrFrontMatter(@TempDir Path dir) throws IOException {
        Path cfg = project(dir, "styles: [styles/*.yml, styles/*.yaml]\n");
        Files.writeString(dir.resolve("page.md"), """
                ---
                title: Maybe later
                ---
                # Install Javascript

                Maybe restart, or kinda wait; perhaps not, it is kind of fine.
                Send an e-mail and log in
                to the portal.

                Run `maybe` and see https://example.org/maybe and [docs](https://example.org/Javascript).

                ```
                perhaps in code, Javascript too
                ```
                """);
        assertEquals(List.of(
                        "page.md:4:11-21 error style/product-names Use 'JavaScript' instead of 'Javascript'",
                        "page.md:6:1-6 warning style/hedging Avoid hedging: 'Maybe'",
                        "page.md:6:19-24 warning style/hedging Avoid hedging: 'kinda'",
                        "page.md:6:31-38 warning style/hedging Avoid hedging: 'perhaps'",
                        "page.md:7:9-15 error style/product-names Use 'email' instead of 'e-mail'",
                        "page.md:7:20-3 error style/product-names Use 'sign in to' or 'log on to' instead of 'log in to'"),
                lines(run(dir, cfg)));
    }

    @Test
    void substitutionsCarryTheirReplacementsAsFixesAndReportsDescribeTheRule(@TempDir Path dir) throws IOException {
        Path cfg = project(dir, "styles: styles/product-names.yaml\n");
        Files.writeString(dir.resolve("page.html"),
                "<html><body>\r\n<p>\uD83D\uDE00 Café users log in to the Javascript app.</p>\r\n<pre>Javascript</pre></body></html>\r\n");
        RunResult result = run(dir, cfg);
        List<Finding> findings = result.findings();
        assertEquals(2, findings.size(), lines(result).toString());
        Finding js = findings.get(1);
        assertEquals("style/product-names", js.ruleId());
        assertEquals(Severity.ERROR, js.severity());
        assertEquals(2, js.location().line());
        assertEquals(31, js.location().column()); // the emoji is one column
        assertEquals(1, js.fixes().size());
        assertEquals("JavaScript", js.fixes().get(0).replacement());
        assertEquals(js.location(), js.fixes().get(0).location());
        assertEquals(List.of("sign in to", "log on to"),
                findings.get(0).fixes().stream().map(f -> f.replacement()).toList());

        StringBuilder sarif = new StringBuilder();
        Formatters.find("sarif").orElseThrow().write(result, sarif, FormatOptions.plain("test"));
        assertTrue(sarif.toString().contains("\"id\": \"style/product-names\"")
                || sarif.toString().contains("\"id\":\"style/product-names\""), sarif.toString());
        assertTrue(sarif.toString().contains(StyleRule.GUIDE), "help link of a rule without its own link");
        assertTrue(sarif.toString().contains("\"fixes\""), "SARIF carries the fixes");
        StringBuilder json = new StringBuilder();
        Formatters.find("json").orElseThrow().write(result, json, FormatOptions.plain("test"));
        assertTrue(json.toString().contains("\"replacement\""), json.toString());
    }

    @Test
    void rulesOverridesAndInlineSuppressionsApply(@TempDir Path dir) throws IOException {
        Path cfg = project(dir, """
                styles: [styles/*.yml, styles/*.yaml]
                rules:
                  style/hedging: info
                  style/product-names: off
                overrides:
                  - files: ["blog/**"]
                    rules: { style/hedging: off }
                """);
        Files.createDirectories(dir.resolve("blog"));
        Files.writeString(dir.resolve("blog/post.md"), "Maybe Javascript.\n");
        Files.writeString(dir.resolve("guide.md"), """
                Maybe Javascript.

                <!-- contentlint-disable-next-line style/hedging -->
                Perhaps this is fine.
                """);
        assertEquals(List.of("guide.md:1:1-6 info style/hedging Avoid hedging: 'Maybe'"), lines(run(dir, cfg)));
    }

    @Test
    void aChangedStyleFileChangesTheConfigFingerprint(@TempDir Path dir) throws IOException {
        Path cfg = project(dir, "styles: [styles/*.yml]\n");
        String before = new ConfigLoader(REGISTRY).load(cfg).fingerprint();
        Files.writeString(dir.resolve("styles/hedging.yml"), HEDGING.replace("perhaps", "possibly"));
        assertNotEquals(before, new ConfigLoader(REGISTRY).load(cfg).fingerprint());
    }

    @Test
    void definedRulesKeepTheirMetadata(@TempDir Path dir) throws IOException {
        Config config = new ConfigLoader(REGISTRY).load(project(dir, "styles: [styles/*.yml, styles/*.yaml]\n"));
        var hedging = config.definedRules().stream().filter(r -> r.meta().id().equals("style/hedging")).findFirst()
                .orElseThrow().meta();
        assertEquals("Hedging words weaken instructions", hedging.summary());
        assertEquals("https://example.org/style/hedging", hedging.docsUrl());
        assertEquals(Severity.WARNING, hedging.severity());
        var product = config.definedRules().stream().filter(r -> r.meta().id().equals("style/product-names"))
                .findFirst().orElseThrow().meta();
        assertEquals("User-defined substitution rule product-names", product.summary());
        assertEquals(Severity.ERROR, product.severity());
    }
}
