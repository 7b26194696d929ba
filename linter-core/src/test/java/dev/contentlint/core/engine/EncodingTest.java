package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents read in the run's declared charset: positions, the encoding finding, and the run cache. */
class EncodingTest {
    @TempDir Path root;

    private static final TestRules.BadWordRule.Options BAD = new TestRules.BadWordRule.Options("bad");

    private List<String> run(EngineOptions options) {
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        return new Engine(config, TestRules.registry(), options, List.of()).run(List.of(Input.of(root))).findings()
                .stream().map(EncodingTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.location().line() + ":" + f.location().column() + " " + f.ruleId();
    }

    @Test
    void aLatin1DocumentIsReadInTheDeclaredCharsetAndCachedApart() throws IOException {
        Files.write(root.resolve("page.txt"), "déjà vu bad\n".getBytes(StandardCharsets.ISO_8859_1));
        EngineOptions latin1 = EngineOptions.defaults(root).withJobs(1).withEncoding(StandardCharsets.ISO_8859_1);
        EngineOptions cachedLatin1 = latin1.withCacheDirectory(root.resolve(".cache"));
        List<String> expected = List.of("page.txt:1:9 test/bad-word");
        assertEquals(expected, run(latin1));
        assertEquals(expected, run(cachedLatin1));
        List<String> asUtf8 = run(latin1.withEncoding(null).withCacheDirectory(root.resolve(".cache")));
        assertEquals(List.of("page.txt:1:2 contentlint/encoding", "page.txt:1:9 test/bad-word"), asUtf8,
                "the same bytes in UTF-8 are another cache entry");
        assertEquals(expected, run(cachedLatin1));
    }

    @Test
    void aBufferIsReadInTheDeclaredCharsetToo() {
        EngineOptions latin1 = EngineOptions.defaults(root).withJobs(1).withEncoding(StandardCharsets.ISO_8859_1);
        TestConfig config = new TestConfig(root).rule(new TestRules.BadWordRule(), null, BAD);
        List<Finding> findings = new Engine(config, TestRules.registry(), latin1, List.of())
                .run(List.of(Input.buffer("page.txt", "àà bad\n".getBytes(StandardCharsets.ISO_8859_1)))).findings();
        assertEquals(List.of("page.txt:1:4 test/bad-word"), findings.stream().map(EncodingTest::describe).toList());
    }
}
