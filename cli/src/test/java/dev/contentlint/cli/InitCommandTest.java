package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every commented example in the file {@code contentlint init} writes works once uncommented. */
class InitCommandTest {
    /** A commented line whose text is a YAML key or list item, as opposed to a line of explanation. */
    private static final Pattern EXAMPLE = Pattern.compile("# ( *)([a-z][a-z0-9/._-]*:( .*)?|- .*)");

    private static final RuleRegistry REGISTRY = RuleRegistry.load();

    @TempDir
    Path dir;
    private String starter;
    private List<List<Integer>> blocks;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        assertEquals(0, new Cli(dir).run("init").code());
        starter = Files.readString(dir.resolve(".contentlint.yml"), StandardCharsets.UTF_8);
        blocks = exampleBlocks(starter.lines().toList());
        // The examples the glossary and styles lines name must exist for the config to load.
        Files.writeString(dir.resolve("glossary.yml"), "terms:\n  - term: annual percentage rate\n    abbreviation: APR\n");
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/hedging.yml"), """
                extends: existence
                message: "Avoid hedging: '%s'"
                level: warning
                tokens: [maybe, perhaps]
                """);
    }

    /** Runs of consecutive example lines: each is one example to uncomment. */
    private static List<List<Integer>> exampleBlocks(List<String> lines) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (EXAMPLE.matcher(lines.get(i)).matches()) {
                if (current == null) out.add(current = new ArrayList<>());
                current.add(i);
            } else {
                current = null;
            }
        }
        return out;
    }

    private String uncomment(List<List<Integer>> which) {
        List<String> lines = new ArrayList<>(starter.lines().toList());
        for (List<Integer> block : which)
            for (int i : block) lines.set(i, lines.get(i).substring(2));
        return String.join("\n", lines) + "\n";
    }

    private Config load(String yaml) {
        return new ConfigLoader(REGISTRY).load(yaml, dir.resolve(".contentlint.yml"));
    }

    private FileConfig pricing(String yaml) {
        return load(yaml).forFile("docs/pricing/index.md");
    }

    @Test
    void theStarterHasAnExampleForEachOptionalSetting() {
        List<String> first = blocks.stream().map(b -> starter.lines().toList().get(b.get(0)).trim()).toList();
        assertEquals(List.of("# today: 2026-11-26",
                "#   freshness/stale-date: { severity: error, max-age-days: 365 }   # severity and options",
                "#   grammar/languagetool: on",
                "#   - files: [\"docs/pricing/**\"]",
                "# glossary: [glossary.yml]",
                "# styles: [styles/*.yml]"), first);
    }

    @Test
    void eachExampleLoadsWhenUncommentedAloneAndChangesTheConfig() {
        String plain = load(starter).fingerprint();
        for (List<Integer> block : blocks) {
            String yaml = uncomment(List.of(block));
            Config one;
            try {
                one = load(yaml);
            } catch (ConfigException e) {
                throw new AssertionError("uncommenting lines " + block + " breaks the config: " + e.getMessage()
                        + "\n" + yaml, e);
            }
            assertNotEquals(plain, one.fingerprint(), "uncommenting lines " + block + " changes nothing");
        }
    }

    @Test
    void allExamplesLoadTogetherAndDoWhatTheySay() {
        Config config = load(uncomment(blocks));
        FileConfig all = config.forFile("docs/pricing/index.md");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), config.today());
        assertEquals(Severity.ERROR, all.rules().get("freshness/stale-date").severity());
        assertFalse(all.rules().containsKey("structure/empty-section"));
        assertEquals(Severity.WARNING, all.rules().get("grammar/languagetool").severity());
        assertEquals(Severity.WARNING, all.rules().get("spelling/misspelling").severity());
        assertEquals(Severity.WARNING, all.rules().get("style/hedging").severity());
        assertNotEquals(all.rules().get("freshness/stale-date").options(),
                config.forFile("docs/guide.md").rules().get("freshness/stale-date").options(), "the override applies");
    }

    @Test
    void theWritersSetupNamesTheDaemonAndTheCache() {
        assertTrue(starter.contains("`contentlint check --daemon --cache`"), starter);
        FileConfig plain = pricing(starter);
        assertFalse(plain.rules().containsKey("grammar/languagetool"));
        assertTrue(plain.rules().containsKey("freshness/stale-date"));
    }
}
