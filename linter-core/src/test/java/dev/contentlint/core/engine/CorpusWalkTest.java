package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Walks the shared evaluation corpus and lints one of its folders with cheap rules. */
class CorpusWalkTest {
    @Test
    void everyDocumentOfTheCorpusIsFoundAndAFolderOfItLintsWithoutInternalFindings() throws IOException {
        Path corpus = SharedData.path("corpus");
        long documents;
        try (Stream<Path> s = Files.walk(corpus)) {
            documents = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".txt")).count();
        }
        TestConfig config = new TestConfig(corpus).rule(new TestRules.BadWordRule(), null,
                new TestRules.BadWordRule.Options("Apache")).rule(new TestRules.OtherWordRule());
        int walked = new FileWalker(config, corpus).walk(List.of(".")).size();
        assertEquals(documents, walked);

        RunResult result = new Engine(config, TestRules.registry(), EngineOptions.defaults(corpus).withJobs(2), List.of())
                .withParser(new TestParser()).run(List.of(Input.of("httpd-manual")));
        System.out.println("corpus: walked " + walked + " documents; linted " + result.files().size()
                + " files of httpd-manual with " + result.findings().size() + " findings");
        assertTrue(result.files().size() > 200 && result.files().stream().allMatch(f -> f.startsWith("httpd-manual/")),
                "files: " + result.files().size());
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().startsWith("contentlint/")).toList());
        assertTrue(result.findings().size() > 100, "findings: " + result.findings().size());
    }
}
