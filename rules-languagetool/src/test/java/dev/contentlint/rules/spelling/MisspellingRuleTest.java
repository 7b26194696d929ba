package dev.contentlint.rules.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.rules.grammar.SpellingCandidates;
import dev.contentlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spelling/misspelling: word lists, case rules, code-like words, word-list mistakes and the learned vocabulary. */
@Tag("slow")
class MisspellingRuleTest {
    private static final RuleTester TESTER = RuleTester.forRule("spelling/misspelling");

    private static List<String> words(String text, Map<String, Object> settings) {
        return TESTER.lint("a.md", text, settings).stream()
                .map(f -> f.location().line() + ":" + f.location().column() + " " + f.message().replaceAll("\".*", "")
                        + f.message().replaceAll("^\"([^\"]*)\".*", "$1")).toList();
    }

    @Test
    void dictionaryFilesAcceptWords(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("words.txt");
        Files.writeString(list, "# product names\nfrobnicator\nZorbly   # brand\n\n");
        String text = "# T\n\nThe frobnicator and the Frobnicator call Zorbly, not zorbly or wrongg.\n\nIt is wrong.\n";
        assertEquals(List.of("3:54 zorbly", "3:64 wrongg"), words(text, Map.of("dictionary", list.toString())));
    }

    @Test
    void glossaryTermsAndThePagesOwnTermsAreAccepted(@TempDir Path dir) throws IOException {
        Path glossary = dir.resolve("glossary.yml");
        Files.writeString(glossary, "terms:\n  - term: frobnicator\n    abbreviation: FRBX\n    variants: [frobnicatr]\n");
        String text = "# T\n\nThe frobnicator and the frobnicatr recieved jobs.\n";
        assertEquals(List.of("3:36 recieved"), words(text, Map.of("glossary", glossary.toString())));
        // Without the glossary neither is a slip from a word the run writes or a common word: they read as coinages.
        assertEquals(List.of("3:36 recieved"), words(text, Map.of()));
        List<Finding> slip = TESTER.lint("a.md", "# T\n\nThe frobnicatorr runs.\n", Map.of("glossary", glossary.toString()));
        assertEquals(1, slip.size(), "a slip from a glossary term: " + slip);
        assertTrue(slip.get(0).message().contains("did you mean \"frobnicator\""), slip.get(0).message());
        String defined = "# T\n\nThe promethus holds them, as Prometheus did.\n\n## Glossary\n\n**Promethus**: a queue.\n";
        assertEquals(List.of(), words(defined, Map.of()), "a term the page's own glossary defines");
        assertEquals(List.of("3:5 promethus"), words("# T\n\nThe promethus holds them, as Prometheus did.\n", Map.of()));
    }

    @Test
    void wordsOptionAndPossessives() {
        String text = "# T\n\nThe promethus's output is fine, as Prometheus knew.\n";
        assertEquals(List.of(), words(text, Map.of("words", List.of("promethus"))));
        assertEquals(List.of("3:5 promethus"), words(text, Map.of()));
    }

    @Test
    void aLineWithTwoWordsIsAConfigErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("words.txt");
        Files.writeString(list, "fine\ntwo words\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> TESTER.lint("a.md", "# T\n\nText.\n", Map.of("dictionary", list.toString())));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("words.txt:2"), e.getMessage());
    }

    @Test
    void codeLikeWordsAndAcronymsAreNotSpellingMistakes() {
        assertFalse(SpellingCandidates.worthReporting("snake_case"));
        assertFalse(SpellingCandidates.worthReporting("getElementById"));
        assertFalse(SpellingCandidates.worthReporting("v2beta1"));
        assertFalse(SpellingCandidates.worthReporting("OTLP"));
        assertFalse(SpellingCandidates.worthReporting("東京"));
        assertTrue(SpellingCandidates.worthReporting("recieved"));
        assertTrue(SpellingCandidates.worthReporting("Kubernetess"));
    }

    @Test
    void dictionaryCaseRules() {
        Dictionary d = Dictionary.of(List.of("kubectl", "GitHub"));
        assertTrue(d.accepts("kubectl"));
        assertTrue(d.accepts("Kubectl"));
        assertTrue(d.accepts("GitHub"));
        assertFalse(d.accepts("Github"));
        assertTrue(d.accepts("GitHub's"));
        assertTrue(d.plus(List.of("Github")).accepts("Github"));
    }

    @Test
    void aWordThePageWritesInCodeIsAccepted() {
        String text = "# T\n\nThe promethus starts. Run `promethus --all` to start it, as Prometheus does.\n";
        assertEquals(List.of(), words(text, Map.of()));
        assertEquals(List.of("3:5 promethus"), words(text, Map.of("learn-from-code", false)));
    }

    @Test
    void aWordFlaggedInThreeFilesIsLearnedButARecurringTypoIsNot(@TempDir Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Path f = dir.resolve(name);
            Files.writeString(f, "# " + name + "\n\nThe keybinding is set, one key binding. We recieved it.\n");
            files.add(f);
        }
        java.util.function.Function<Map<String, Object>, List<String>> run = settings -> TESTER.lintFiles(files, settings)
                .stream().map(f -> f.path() + " " + f.properties().get(MisspellingRule.WORD)).toList();
        assertEquals(List.of("a.md recieved", "b.md recieved", "c.md recieved"), run.apply(Map.of()));
        assertEquals(List.of("a.md keybinding", "a.md recieved", "b.md keybinding", "b.md recieved",
                "c.md keybinding", "c.md recieved"), run.apply(Map.of("learn-from-files", 4)));
        assertEquals(List.of("a.md keybinding", "a.md recieved"), TESTER.lintFiles(files.subList(0, 1), Map.of())
                .stream().map(f -> f.path() + " " + f.properties().get(MisspellingRule.WORD)).toList(),
                "one file alone teaches nothing by count");
    }

    @Test
    void findingsKeepTheirSuggestionsAsFixes() {
        var findings = TESTER.lint("a.md", "# T\n\nThe recieved message.\n", Map.of());
        assertEquals(1, findings.size());
        assertEquals("received", findings.get(0).fixes().get(0).replacement());
        assertEquals("MORFOLOGIK_RULE_EN_US", findings.get(0).properties().get("languagetoolRule"));
    }

    @Test
    void aFindingIsHiddenInlineByItsLanguageToolRule() {
        String text = "# T\n\n<!-- contentlint-disable-next-line spelling/misspelling:MORFOLOGIK_RULE_EN_US -->\n"
                + "The recieved message.\n";
        assertEquals(List.of(), words(text, Map.of()));
    }
}
