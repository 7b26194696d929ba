package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Walks the shared evaluation corpus, when it is there, and lints one of its folders with cheap rules. */
class CorpusWalkTest {
    private static final Path CORPUS = Path.of(System.getProperty("contentlint.corpus", "/work/shared/corpus"));

    @Test
    void everyDocumentOfTheCorpusIsFoundAndAFolderOfItLintsWithoutInternalFindings() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not found at " + CORPUS + "; set -Dcontentlint.corpus to run this");
        long documents;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            documents = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".txt")).count();
        }
        TestConfig config = new TestConfig(CORPUS).rule(new TestRules.BadWordRule(), null,
                new TestRules.BadWordRule.Options("Apache")).rule(new TestRules.OtherWordRule());
        assertEquals(documents, new FileWalker(config, CORPUS).walk(List.of(".")).size());

        RunResult result = new Engine(config, TestRules.registry(), EngineOptions.defaults(CORPUS).withJobs(2), List.of())
                .withParser(new TestParser()).run(List.of(Input.of("httpd-manual")));
        assertTrue(result.files().size() > 200 && result.files().stream().allMatch(f -> f.startsWith("httpd-manual/")),
                "files: " + result.files().size());
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().startsWith("contentlint/")).toList());
        assertTrue(result.findings().size() > 100, "findings: " + result.findings().size());
    }
}
