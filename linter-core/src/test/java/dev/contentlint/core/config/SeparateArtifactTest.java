package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.SeparateArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules a provider names as shipping in a separate artifact: while it is missing a config may name them off
 * and set their settings, and one that turns them on stops with the artifact to add, not "unknown rule".
 */
class SeparateArtifactTest {
    private static final SeparateArtifact GRAMMAR = new SeparateArtifact("dev.example:example-grammar",
            "it as a dependency of the plugin", List.of("grammar/languagetool", "spelling/misspelling"), List.of("dictionary"));

    /** The test rules (grammar/languagetool among them) stand for the artifact when it is present. */
    private static final RuleRegistry PRESENT = new RuleRegistry(List.of(new Trimmed(), new TestRules.Provider()));
    private static final RuleRegistry ABSENT = new RuleRegistry(List.of(new Trimmed()));

    /** A provider whose grammar and spelling rules moved to {@link #GRAMMAR}. */
    private static final class Trimmed implements RuleProvider {
        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public List<SeparateArtifact> separateArtifacts() {
            return List.of(GRAMMAR);
        }
    }

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private String error(String yaml) throws IOException {
        Path file = write(".contentlint.yml", yaml);
        return assertThrows(ConfigException.class, () -> new ConfigLoader(ABSENT).load(file)).getMessage();
    }

    @Test
    void theRegistryKnowsWhatIsAbsentOnlyWhileItIs() {
        assertEquals(GRAMMAR, ABSENT.absentRule("spelling/misspelling").orElseThrow());
        assertEquals(GRAMMAR, ABSENT.absentSetting("dictionary").orElseThrow());
        assertTrue(ABSENT.absentRule("freshness/stale-date").isEmpty());
        assertTrue(PRESENT.absentRule("grammar/languagetool").isEmpty());
        assertTrue(PRESENT.resolve("grammar/languagetool").isPresent());
    }

    @Test
    void turningARuleOnNamesTheArtifactWithFileAndLine() throws IOException {
        String message = error("today: 2026-11-26\nrules:\n  grammar/languagetool: warning\n");
        assertEquals(dir.resolve(".contentlint.yml") + ":3: rules.grammar/languagetool: rule 'grammar/languagetool' is in"
                + " dev.example:example-grammar, which is not on the class path; add it as a dependency of the plugin,"
                + " or turn the rule off", message);
        assertTrue(error("rules:\n  spelling/misspelling: { severity: info, words: [kubectl] }\n")
                .contains("rule 'spelling/misspelling' is in dev.example:example-grammar"));
        assertTrue(error("rules:\n  spelling/misspelling:\n").contains("dev.example:example-grammar"), "naming it turns it on");
    }

    @Test
    void anOverrideThatTurnsItOnStopsTheLoadToo() throws IOException {
        String message = error("rules:\n  grammar/languagetool: off\noverrides:\n  - files: ['blog/**']\n"
                + "    rules:\n      grammar/languagetool: on\n");
        assertTrue(message.startsWith(dir.resolve(".contentlint.yml") + ":6: overrides[0].rules.grammar/languagetool: rule"),
                message);
    }

    @Test
    void namingItOffAndSettingItsSettingLoads() throws IOException {
        write("words.txt", "kubectl\n");
        Path file = write(".contentlint.yml", "dictionary: [words.txt]\nrules:\n  grammar/languagetool: off\n"
                + "  spelling/misspelling: { severity: off, words: [kubectl] }\n");
        Config config = new ConfigLoader(ABSENT).load(file);
        assertEquals(java.util.Map.of(), config.forFile("a.md").rules());
        assertTrue(config.explain("a.md").settings().stream().anyMatch(s -> s.key().equals("dictionary")));
    }

    @Test
    void whatAnExtendedFileTurnsOnTheTopFileMayTurnOff() throws IOException {
        write("base.yml", "rules:\n  grammar/languagetool: warning\n");
        Config config = new ConfigLoader(ABSENT).load(write(".contentlint.yml",
                "extends: base.yml\nrules:\n  grammar/languagetool: off\n"));
        assertEquals(java.util.Map.of(), config.forFile("a.md").rules());
        Path on = write("on/.contentlint.yml", "extends: ../base.yml\n");
        String message = assertThrows(ConfigException.class, () -> new ConfigLoader(ABSENT).load(on)).getMessage();
        assertTrue(message.startsWith(dir.resolve("base.yml") + ":2:"), "the error names the file that turns it on: " + message);
    }

    @Test
    void otherUnknownRulesAndKeysAreStillUnknown() throws IOException {
        assertTrue(error("rules:\n  grammar/nope: on\n").contains("unknown rule 'grammar/nope'"));
        assertTrue(error("dictionaries: [a.txt]\n").contains("unknown key 'dictionaries'"));
    }

    @Test
    void withTheArtifactPresentTheSameConfigRuns() throws IOException {
        Path file = write(".contentlint.yml", "rules:\n  grammar/languagetool: warning\n");
        assertTrue(new ConfigLoader(PRESENT).load(file).forFile("a.md").rules().containsKey("grammar/languagetool"));
    }
}
