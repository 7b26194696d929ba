package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool in this process for one thread (a {@link JLanguageTool} is not thread-safe): one instance per
 * distinct {@link LtSettings}, each taking seconds to load its rules. Instances outlive the run in a JVM-wide
 * pool, so a second run in the same JVM (a Maven build with several executions, a test suite, the daemon's next
 * connection) does not load them again; the pool keeps at most one instance per settings and processor.
 */
final class InProcessLanguageTool implements AutoCloseable {
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");
    private static final int POOL_PER_SETTINGS = Runtime.getRuntime().availableProcessors();
    private static final Map<String, java.util.Deque<Tool>> POOL = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many instances this JVM has loaded: what the pool saves is visible to tests and the daemon's status. */
    static final java.util.concurrent.atomic.AtomicInteger LOADED = new java.util.concurrent.atomic.AtomicInteger();

    static {
        // LanguageTool logs through SLF4J; without a binding SLF4J warns on every run, which is only noise here.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
    }

    private final Map<String, Tool> tools = new HashMap<>();

    /** Gives this thread's instances back to the pool for the next run. */
    @Override
    public void close() {
        for (Map.Entry<String, Tool> e : tools.entrySet()) {
            java.util.Deque<Tool> q = POOL.computeIfAbsent(e.getKey(), k -> new java.util.concurrent.ConcurrentLinkedDeque<>());
            if (q.size() < POOL_PER_SETTINGS) q.push(e.getValue());
        }
        tools.clear();
    }

    /** The LanguageTool language for {@code code}; an unknown code is an error saying which exist. */
    static Language language(String code) {
        if (!Languages.isLanguageSupported(code))
            throw new IllegalArgumentException("LanguageTool has no language '" + code + "' on the class path; "
                    + "built in: " + Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant)
                    .sorted().toList() + ". Add the language-xx jar of LanguageTool for others.");
        return Languages.getLanguageForShortCode(code);
    }

    private static Tool borrow(LtSettings s) {
        java.util.Deque<Tool> q = POOL.get(s.key());
        Tool t = q == null ? null : q.poll();
        return t != null ? t : create(s);
    }

    /** An instance with its settings applied, and the deadline its cancel callback reads. */
    private static final class Tool {
        final JLanguageTool lt;
        final JLanguageTool.Level level;
        volatile long deadline = Long.MAX_VALUE;

        Tool(JLanguageTool lt, JLanguageTool.Level level) {
            this.lt = lt;
            this.level = level;
            lt.setCheckCancelledCallback(() -> System.nanoTime() > deadline);
        }
    }

    /** Checks {@code unitText}, annotated as {@code text}, with LanguageTool in this process. */
    LanguageToolService.Outcome check(String unitText, AnnotatedText text, LtSettings settings, long budgetMillis)
            throws IOException {
        Tool tool = tools.computeIfAbsent(settings.key(), k -> borrow(settings));
        long start = System.nanoTime();
        tool.deadline = start + budgetMillis * 1_000_000L;
        List<RuleMatch> raw;
        try {
            raw = tool.lt.check(text, true, JLanguageTool.ParagraphHandling.NORMAL, null, JLanguageTool.Mode.ALL,
                    tool.level);
        } catch (RuntimeException e) {
            throw new LanguageToolFailure(e);
        } finally {
            tool.deadline = Long.MAX_VALUE;
        }
        boolean timedOut = System.nanoTime() - start > budgetMillis * 1_000_000L;
        List<LtMatch> out = new ArrayList<>(raw.size());
        int length = unitText.length();
        for (RuleMatch m : raw) {
            int from = Math.max(0, Math.min(m.getFromPos(), length));
            int to = Math.max(from, Math.min(m.getToPos(), length));
            Rule r = m.getRule();
            boolean spelling = r instanceof SpellingCheckRule;
            // The speller's search for suggestions is the costliest part of a check: skip it for words that are
            // never reported (identifiers, acronyms), which are most of what it flags in technical writing.
            List<String> suggestions = spelling && !SpellingCandidates.reportable(unitText, from, to)
                    ? List.of() : m.getSuggestedReplacements();
            if (suggestions.size() > 5) suggestions = suggestions.subList(0, 5);
            out.add(new LtMatch(r.getId(), r.getCategory().getId().toString(), spelling,
                    from, to, SUGGESTION_TAG.matcher(m.getMessage()).replaceAll("\""), suggestions));
        }
        return new LanguageToolService.Outcome(out, timedOut);
    }

    /** Per language, the warm-up of its shared parts, started once per JVM. */
    private static final Map<String, CompletableFuture<Void>> WARM_UPS = new ConcurrentHashMap<>();

    /**
     * Loads what LanguageTool keeps per language and loads lazily on the first check (the speller's dictionary,
     * which it builds from word lists on every start; the tagger, chunker and disambiguator) on two threads of
     * their own, while the caller loads the rules: about 8 s of loading on one thread becomes about 5.5 s on two
     * cores. Uses LanguageTool's public API only; a failure here costs only the time, the first check loads
     * whatever is missing.
     */
    private static CompletableFuture<Void> warmUp(Language language) {
        return WARM_UPS.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
            Executor thread = task -> {
                Thread t = new Thread(task, "languagetool-warm-up");
                t.setDaemon(true);
                t.start();
            };
            CompletableFuture<Void> speller = CompletableFuture.runAsync(() -> {
                try {
                    SpellingCheckRule rule = language.getDefaultSpellingRule();
                    if (rule != null) rule.isMisspelled("warm");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, thread);
            CompletableFuture<Void> analysis = CompletableFuture.runAsync(() -> {
                try {
                    List<AnalyzedTokenReadings> tokens = new ArrayList<>();
                    tokens.add(new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0));
                    tokens.addAll(language.getTagger().tag(language.getWordTokenizer().tokenize("This is a short test.")));
                    AnalyzedSentence sentence = new AnalyzedSentence(tokens.toArray(new AnalyzedTokenReadings[0]));
                    if (language.getChunker() != null) language.getChunker().addChunkTags(Arrays.asList(sentence.getTokens()));
                    language.getDisambiguator().disambiguate(sentence);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, thread);
            return CompletableFuture.allOf(speller, analysis).handle((ok, failure) -> null);
        });
    }

    private static Tool create(LtSettings s) {
        LOADED.incrementAndGet();
        Language language = LazySuggestions.of(language(s.language()));
        CompletableFuture<Void> warm = warmUp(language);
        JLanguageTool lt = new JLanguageTool(language);
        var categories = lt.getCategories().keySet();
        for (String id : s.disable()) {
            if (categories.contains(new CategoryId(id))) lt.disableCategory(new CategoryId(id));
            else lt.disableRule(id);
        }
        for (String id : s.enable()) {
            if (categories.contains(new CategoryId(id))) lt.enableRuleCategory(new CategoryId(id));
            else lt.enableRule(id);
        }
        if (s.spellingOnly()) {
            for (Rule r : lt.getAllRules())
                if (!(r instanceof SpellingCheckRule)) lt.disableRule(r.getId());
        }
        JLanguageTool.Level level = s.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
        // The first check must not load what the warm-up threads are loading (LanguageTool's speller cache is
        // a plain map), so it waits for them; they have had the rules' loading time to get ahead.
        warm.join();
        try {
            // The first check loads the rest; do it now so no unit's time budget pays for it.
            lt.check(new org.languagetool.markup.AnnotatedTextBuilder().addText("This is a test.").build(), true,
                    JLanguageTool.ParagraphHandling.NORMAL, null, JLanguageTool.Mode.ALL, level);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Tool(lt, level);
    }
}
