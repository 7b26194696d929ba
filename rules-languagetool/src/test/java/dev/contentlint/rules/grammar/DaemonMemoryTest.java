package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon remembers recent results by paragraph cache key: a check it has answered before, on any
 * connection, is answered from memory without LanguageTool; a changed paragraph, other settings and an outcome
 * whose budget ran out are checked; the memory stays within its budget. A fake checker stands in for
 * LanguageTool and counts what it is asked.
 */
class DaemonMemoryTest {
    private static final LtSettings GRAMMAR = new LtSettings("en-US", false, List.of(), List.of(), false);

    @TempDir
    Path root;

    private final AtomicInteger realChecks = new AtomicInteger();
    private Path folder;
    private DaemonServerTest.Served daemon;

    /** Finds every "teh" of the text, and runs out of time on a text that says "slow". */
    private final class FakeChecker implements DaemonServer.Checker {
        @Override
        public LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings,
                                                 long budgetMillis) {
            realChecks.incrementAndGet();
            List<LtMatch> matches = new ArrayList<>();
            for (int i = text.indexOf("teh"); i >= 0; i = text.indexOf("teh", i + 1))
                matches.add(new LtMatch("MORFOLOGIK_RULE_EN_US", "TYPOS", true, i, i + 3,
                        "Possible spelling mistake found.", List.of("the", "tech")));
            return new LanguageToolService.Outcome(List.copyOf(matches), text.contains("slow"));
        }

        @Override
        public void close() {
        }
    }

    private void start(long memoryBytes) throws Exception {
        folder = root.resolve("d");
        daemon = DaemonServerTest.serve(folder, new DaemonServer(folder, Duration.ofMinutes(5), message -> { },
                FakeChecker::new, memoryBytes, DaemonServer.Transport.UNIX));
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon == null) return;
        DaemonClient.stop(folder);
        daemon.thread().join(10_000);
    }

    private static List<ProseUnit.Part> prose(String text) {
        return List.of(new ProseUnit.Part(text, null));
    }

    /** Checks {@code parts} on a connection of its own, as one run would. */
    private LanguageToolService.Outcome check(List<ProseUnit.Part> parts, LtSettings settings) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ProseUnit.Part p : parts) text.append(p.text());
        try (DaemonConnection c = DaemonConnection.open(folder)) {
            return c.check(text.toString(), parts, settings, 10_000);
        }
    }

    @Test
    void aSecondIdenticalCheckIsAnsweredFromMemoryAndAChangedParagraphIsChecked() throws Exception {
        start(RecentResults.DEFAULT_MAX_BYTES);
        List<ProseUnit.Part> paragraph = List.of(new ProseUnit.Part("Run teh ", null), new ProseUnit.Part("", "Code"),
                new ProseUnit.Part(" and teh rest.", null));
        LanguageToolService.Outcome first = check(paragraph, GRAMMAR);
        assertEquals(2, first.matches().size(), first.toString());
        assertEquals(1, realChecks.get());

        assertEquals(first, check(paragraph, GRAMMAR), "the same matches at the same positions");
        assertEquals(1, realChecks.get(), "answered from memory on another connection");
        assertEquals(1, daemon.server().hits());
        assertEquals(1, daemon.server().checks(), "a check answered from memory is not counted as one");

        LanguageToolService.Outcome edited = check(List.of(new ProseUnit.Part("Run teh ", null),
                new ProseUnit.Part("", "Code"), new ProseUnit.Part(" and the rest.", null)), GRAMMAR);
        assertEquals(2, realChecks.get(), "a changed paragraph is checked");
        assertEquals(1, edited.matches().size(), edited.toString());

        check(paragraph, LtSettings.spelling("en-US"));
        assertEquals(3, realChecks.get(), "other settings are checked");
        check(prose("Run teh Code and teh rest."), GRAMMAR);
        assertEquals(4, realChecks.get(), "the same text with a word of prose where code stood is checked");

        String status = DaemonClient.status(folder).orElseThrow();
        assertTrue(status.contains(", 4 checks, 1 answered from memory, 4 paragraphs in memory, "), status);
    }

    @Test
    void anOutcomeWhoseBudgetRanOutIsNotRemembered() throws Exception {
        start(RecentResults.DEFAULT_MAX_BYTES);
        assertTrue(check(prose("A slow paragraph with teh typo."), GRAMMAR).timedOut());
        assertTrue(check(prose("A slow paragraph with teh typo."), GRAMMAR).timedOut());
        assertEquals(2, realChecks.get(), "checked again");
        assertEquals(0, daemon.server().hits());
    }

    @Test
    void theMemoryEvictsTheLeastRecentlyUsedResultsOverItsBudget() throws Exception {
        start(2_000); // room for two or three of these results
        List<ProseUnit.Part> a = prose("Paragraph a with teh typo.");
        List<ProseUnit.Part> b = prose("Paragraph b with teh typo.");
        List<ProseUnit.Part> c = prose("Paragraph c with teh typo.");
        check(a, GRAMMAR);
        check(b, GRAMMAR);
        check(a, GRAMMAR); // a is now more recent than b
        assertEquals(2, realChecks.get());
        for (int i = 0; i < 5; i++) check(prose("Paragraph " + i + " with teh typo."), GRAMMAR);
        assertEquals(7, realChecks.get());
        check(a, GRAMMAR);
        assertEquals(8, realChecks.get(), "evicted after five newer results");
        String status = DaemonClient.status(folder).orElseThrow();
        int held = Integer.parseInt(status.replaceAll(".* (\\d+) paragraphs in memory.*", "$1"));
        assertTrue(held >= 1 && held < 4, status);
        check(c, GRAMMAR);
        check(c, GRAMMAR);
        assertEquals(9, realChecks.get(), "the newest result is kept");
    }

    @Test
    void aCheckWhoseTextIsNotItsPartsIsRefused() throws Exception {
        start(RecentResults.DEFAULT_MAX_BYTES);
        try (DaemonConnection c = DaemonConnection.open(folder)) {
            IOException e = assertThrows(IOException.class, () -> c.check("Other text.", prose("Text."), GRAMMAR, 10_000));
            assertTrue(e.getMessage().contains("not the concatenation of its parts"), e.getMessage());
        }
        assertEquals(0, realChecks.get());
    }

    @Test
    void theKeyTellsMarkupFromProseWithTheSameText() {
        assertEquals(ProseUnit.cacheKey(prose("a b"), GRAMMAR), ProseUnit.cacheKey(prose("a b"), GRAMMAR));
        assertNotEquals(ProseUnit.cacheKey(prose("a b"), GRAMMAR),
                ProseUnit.cacheKey(List.of(new ProseUnit.Part("a", null), new ProseUnit.Part(" b", null)), GRAMMAR));
        assertNotEquals(ProseUnit.cacheKey(List.of(new ProseUnit.Part("\n", " ")), GRAMMAR),
                ProseUnit.cacheKey(prose("\n"), GRAMMAR));
        assertNotEquals(ProseUnit.cacheKey(prose("a b"), GRAMMAR), ProseUnit.cacheKey(prose("a b"), LtSettings.spelling("en-US")));
    }
}
