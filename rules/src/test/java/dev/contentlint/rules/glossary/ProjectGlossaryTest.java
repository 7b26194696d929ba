package dev.contentlint.rules.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project glossary across files: unused entries reported in the glossary file, rejected spellings with fixes. */
class ProjectGlossaryTest {
    @TempDir
    Path dir;

    private static final String GLOSSARY = """
            terms:
              - term: annual percentage rate
                abbreviation: APR
                rejected: [annual percent rate]
              - term: escrow
              - term: balloon payment
            """;

    @Test
    void anEntryNoCheckedFileUsesIsReportedAtTheEntryInTheGlossaryFile() throws IOException {
        Files.writeString(dir.resolve("glossary.yml"), GLOSSARY);
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n\nThe APR is shown first.\n");
        Path b = Files.writeString(dir.resolve("b.md"), "# B\n\nThe lender holds escrow.\n");
        List<Finding> findings = RuleTester.forRule("glossary/unused-entry")
                .lintFiles(List.of(a, b), Map.of("glossary", List.of("glossary.yml")));
        assertEquals(List.of("glossary.yml:6:11: Glossary entry \"balloon payment\" is not used in any of the 2 checked files:"
                        + " use it in the text or remove the entry."),
                findings.stream().map(f -> f.path() + ":" + f.location().line() + ":" + f.location().column() + ": " + f.message()).toList());
    }

    @Test
    void aRejectedSpellingCarriesTheReplacementAsAFix() throws IOException {
        Files.writeString(dir.resolve("glossary.yml"), GLOSSARY);
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n\nAnnual percent rates vary.\n");
        List<Finding> findings = RuleTester.forRule("glossary/rejected-term")
                .lintFiles(List.of(a), Map.of("glossary", List.of("glossary.yml")));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("Use \"annual percentage rate\" instead of \"Annual percent rate\" (the glossary rejects this spelling).", f.message());
        Fix fix = f.fixes().get(0);
        assertEquals("Annual percentage rate", fix.replacement());
        assertEquals(3, fix.location().line());
        assertEquals(1, fix.location().column());
        assertEquals(20, fix.location().endColumn());
    }

    @Test
    void aMissingGlossaryFileFailsTheConfigLoadWhereItIsNamed() throws IOException {
        Path config = Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nglossary:\n  - nope.yml\n");
        var loader = new dev.contentlint.core.config.ConfigLoader(dev.contentlint.core.rule.RuleRegistry.load());
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.contentlint.core.rule.ConfigException.class,
                () -> loader.load(config));
        assertEquals(config + ":3: glossary[0]: glossary file " + dir.resolve("nope.yml").toAbsolutePath().normalize()
                + " does not exist; fix the path (relative to " + dir.toAbsolutePath().normalize() + ") or remove it",
                e.getMessage());
    }

    @Test
    void cachedFindingsAreForgottenWhenTheGlossaryChanges() throws IOException {
        Path glossary = Files.writeString(dir.resolve("glossary.yml"), "terms:\n  - term: escrow\n");
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nextends: none\nglossary: [glossary.yml]\n"
                + "rules:\n  glossary/undefined-acronym: warning\n");
        Path page = Files.writeString(dir.resolve("a.md"), "# A\n\nOur CBT program helps.\n");
        var registry = dev.contentlint.core.rule.RuleRegistry.load();
        var config = new dev.contentlint.core.config.ConfigLoader(registry).load(dir.resolve(".contentlint.yml"));
        var options = new dev.contentlint.core.engine.EngineOptions(dir, 1, true, true, null, dir.resolve("cache"),
                dev.contentlint.core.engine.ProgressListener.NONE);
        var inputs = List.<dev.contentlint.core.engine.Input>of(new dev.contentlint.core.engine.Input.PathOrGlob(page.toString()));
        assertEquals(1, new dev.contentlint.core.engine.Engine(config, registry, options).run(inputs).findings().size());
        Files.writeString(glossary, "terms:\n  - term: cognitive behavioural therapy\n    abbreviation: CBT\n");
        Files.setLastModifiedTime(glossary, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(List.of(), new dev.contentlint.core.engine.Engine(config, registry, options).run(inputs).findings());
    }
}
