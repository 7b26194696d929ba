package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.RuleDocs;
import dev.contentlint.testing.RuleTester;
import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages of the LanguageTool rules: their examples behave as the pages say. And, since this module sees
 * every rule, the committed pages under {@code docs/rules} are the generated ones for the whole catalogue,
 * index included; with {@code -Dcontentlint.updateDocs=true} the test writes them instead.
 */
class RuleDocsTest {
    private static final Map<String, Object> SETTINGS = Map.of("today", "2026-11-26");
    private static final String REFRESH = "mvn -q -o -pl rules-languagetool -am test -Dtest=RuleDocsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcontentlint.updateDocs=true";

    private final RuleDocs docs = new RuleDocs(RuleRegistry.load());

    private static Stream<String> ids() {
        return new LanguageToolProvider().rules().stream().map(r -> RuleMeta.forRule(r).id());
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> incorrectExamplesAreReported() {
        return ids().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleDocs.Example e = docs.example(id, "Incorrect").orElseThrow();
            List<Finding> findings = RuleTester.forRule(id).lint(e.fileName(), e.code(), SETTINGS);
            assertFalse(findings.stream().noneMatch(f -> f.ruleId().equals(id)),
                    "the Incorrect example of " + id + " gives no finding:\n" + e.code());
        }));
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> correctExamplesAreClean() {
        return ids().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleDocs.Example e = docs.example(id, "Correct").orElseThrow();
            assertEquals(List.of(), RuleTester.forRule(id).lint(e.fileName(), e.code(), SETTINGS),
                    "the Correct example of " + id + " gives findings");
        }));
    }

    @Test
    void pagesNameTheSideCarInThisModule() {
        assertTrue(docs.pages().get("grammar/languagetool.md")
                .startsWith("<!-- Generated from the rule's metadata and rules-languagetool/src/main/docs/grammar/languagetool.md;"));
        assertTrue(docs.pages().get("freshness/stale-date.md")
                .startsWith("<!-- Generated from the rule's metadata and rules/src/main/docs/freshness/stale-date.md;"));
        for (String id : ids().toList()) assertTrue(docs.index().contains("| [" + id + "](" + id + ".md) |"), id);
    }

    @Test
    void committedPagesAreCurrent() throws IOException {
        Path dir = SharedData.repositoryRoot().resolve("docs/rules");
        Map<String, String> pages = docs.pages();
        if (Boolean.getBoolean("contentlint.updateDocs")) {
            for (var page : pages.entrySet()) {
                Path file = dir.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue());
            }
        }
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Path file = dir.resolve(page.getKey());
            if (!Files.exists(file)) problems.add("docs/rules/" + page.getKey() + " is missing");
            else if (!Files.readString(file).equals(page.getValue())) problems.add("docs/rules/" + page.getKey() + " is stale");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!pages.containsKey(rel)) problems.add("docs/rules/" + rel + " belongs to no rule; delete it");
            }
        }
        assertEquals(List.of(), problems, "refresh the rule pages with: " + REFRESH);
    }
}
