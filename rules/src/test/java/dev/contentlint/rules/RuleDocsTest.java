package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule pages: their examples behave as the pages say, and the committed pages under
 * {@code docs/rules} are the generated ones. With {@code -Dcontentlint.updateDocs=true} the test writes
 * the pages instead of comparing them.
 */
class RuleDocsTest {
    /** The day the examples are checked against, so they never go stale. */
    private static final Map<String, Object> SETTINGS = Map.of("today", "2026-11-26");
    private static final String REFRESH = "mvn -q -o -pl rules-languagetool -am test -Dtest=RuleDocsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcontentlint.updateDocs=true";

    /** Rules whose findings come from git history; their commits are tested with real repositories. */
    private static final java.util.Set<String> NEEDS_GIT_HISTORY = java.util.Set.of("freshness/behind-git");

    private final RuleDocs docs = RuleDocs.builtIn();

    /** The fixed settings plus an example's own {@code contentlint-config} marker, for rules that need config. */
    private static Map<String, Object> settingsOf(RuleDocs.Example e) {
        Map<String, Object> settings = new java.util.HashMap<>(SETTINGS);
        settings.putAll(dev.contentlint.testing.Fixture.parse(e.fileName(), e.code()).config());
        return settings;
    }

    private static List<String> ids() {
        return BuiltInRules.RULES.stream().map(c -> dev.contentlint.core.rule.RuleMeta.of(c).id()).toList();
    }

    @TestFactory
    Stream<DynamicTest> incorrectExamplesAreReported() {
        return ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleDocs.Example e = docs.example(id, "Incorrect").orElseThrow();
            List<Finding> findings = RuleTester.forRule(id).lint(e.fileName(), e.code(), settingsOf(e));
            assertFalse(findings.stream().noneMatch(f -> f.ruleId().equals(id)),
                    "the Incorrect example of " + id + " gives no finding:\n" + e.code());
        }));
    }

    @TestFactory
    Stream<DynamicTest> correctExamplesAreClean() {
        return ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleDocs.Example e = docs.example(id, "Correct").orElseThrow();
            List<Finding> findings = RuleTester.forRule(id).lint(e.fileName(), e.code(), settingsOf(e));
            // An example is text, not a commit: rules that read git history can only say they skipped.
            if (NEEDS_GIT_HISTORY.contains(id))
                findings = findings.stream().filter(f -> !f.message().contains("skipped")).toList();
            assertEquals(List.of(), findings, "the Correct example of " + id + " gives findings");
        }));
    }

    @Test
    void pageShowsMetadataSideCarAndOptions() {
        String page = docs.page("freshness/stale-date");
        assertTrue(page.startsWith("# freshness/stale-date\n\nThe last-updated date a page states should be recent.\n"), page);
        assertTrue(docs.pages().get("freshness/stale-date.md").startsWith("<!-- Generated from the rule's metadata"));
        assertTrue(page.contains("| warning | freshness | — | recommended, strict | stable |"), page);
        assertTrue(page.contains("\n## Why\n\nReaders use a page's"), page);
        assertTrue(page.contains("\n## Incorrect\n\n```markdown\n# Release notes\n"), page);
        assertTrue(page.contains("| `max-age-days` | integer | `365` | How many days old the newest stated update date may be |"), page);
        assertTrue(page.contains("| `front-matter-keys` | list of strings | `[last_updated,"), page);
        assertTrue(docs.page("structure/empty-section").contains("## Options\n\nThis rule has no options.\n"));
        assertThrows(IllegalArgumentException.class, () -> docs.page("freshness/nope"));
    }

    @Test
    void sideCarSectionsIgnoreHeadingsInsideCode() {
        var sections = RuleDocs.sections("intro\n## Why\nBecause.\n## Incorrect\n~~~~markdown\n## Not a section\n~~~~\n## Correct\n");
        assertEquals(List.of("Why", "Incorrect", "Correct"), List.copyOf(sections.keySet()));
        assertEquals("~~~~markdown\n## Not a section\n~~~~\n", sections.get("Incorrect"));
        assertEquals("", sections.get("Correct"));
    }

    @Test
    void examplesKeepTheirLanguageAndText() {
        RuleDocs.Example e = docs.example("structure/empty-section", "Incorrect").orElseThrow();
        assertEquals("markdown", e.language());
        assertEquals("example.md", e.fileName());
        assertTrue(e.code().startsWith("# A guide\n\nSome text.\n\n## About the author.\n"), e.code());
        assertEquals("example.html", new RuleDocs.Example("html", "").fileName());
        assertEquals("example.txt", new RuleDocs.Example("text", "").fileName());
    }

    @Test
    void indexListsEveryRule() {
        String index = docs.index();
        for (String id : ids()) assertTrue(index.contains("| [" + id + "](" + id + ".md) |"), id);
    }

    /**
     * The pages of the built-in rules; the index and the check that every committed page belongs to a rule
     * need the whole catalogue, so contentlint-languagetool's RuleDocsTest, which sees both modules, does those.
     */
    @Test
    void committedPagesAreCurrent() throws IOException {
        Path dir = SharedData.repositoryRoot().resolve("docs/rules");
        Map<String, String> pages = new java.util.TreeMap<>(docs.pages());
        pages.keySet().retainAll(ids().stream().map(id -> id + ".md").toList());
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
        assertEquals(List.of(), problems, "refresh the rule pages with: " + REFRESH);
    }
}
