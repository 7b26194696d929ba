package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * Suggestions are worked out only when read: the language's own match filter still decides what they are, and
 * words that can never be reported as misspellings cost no search for suggestions at all.
 */
@Tag("slow")
class LazySuggestionsTest {
    private static final Rule RULE = new Rule() {
        @Override
        public String getId() {
            return "TEST_RULE";
        }

        @Override
        public String getDescription() {
            return "a rule for tests";
        }

        @Override
        public RuleMatch[] match(AnalyzedSentence sentence) {
            return new RuleMatch[0];
        }
    };

    /** A filter like English's: it rewrites every suggestion, and counts the suggestions it was given to rewrite. */
    private static List<RuleMatch> quoting(List<RuleMatch> matches, AtomicInteger rewritten) {
        List<RuleMatch> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            List<SuggestedReplacement> quoted = new ArrayList<>();
            for (SuggestedReplacement s : m.getSuggestedReplacementObjects()) {
                rewritten.incrementAndGet();
                quoted.add(new SuggestedReplacement("'" + s.getReplacement()));
            }
            out.add(new RuleMatch(m, quoted));
        }
        return out;
    }

    @Test
    void suggestionsAreComputedWhenReadAndFilteredAsTheLanguageWould() {
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger rewritten = new AtomicInteger();
        RuleMatch match = new RuleMatch(RULE, null, 4, 12, "Possible spelling mistake");
        match.setLazySuggestedReplacements(() -> {
            searches.incrementAndGet();
            return List.of(new SuggestedReplacement("received"), new SuggestedReplacement("relieved"));
        });

        List<RuleMatch> filtered = LazySuggestions.filter(List.of(match), ms -> quoting(ms, rewritten));
        assertEquals(1, filtered.size());
        assertEquals(0, searches.get(), "filtering does not search for suggestions");
        assertEquals(4, filtered.get(0).getFromPos());
        assertEquals(12, filtered.get(0).getToPos());
        assertEquals("Possible spelling mistake", filtered.get(0).getMessage());

        assertEquals(List.of("'received", "'relieved"), filtered.get(0).getSuggestedReplacements(),
                "read suggestions went through the language's filter");
        assertEquals(1, searches.get());
        assertEquals(2, rewritten.get());
        filtered.get(0).getSuggestedReplacements();
        assertEquals(1, searches.get(), "computed once");
    }

    @Test
    void aFilterThatDropsOrSplitsMatchesIsRunAsItIs() {
        RuleMatch match = new RuleMatch(RULE, null, 0, 3, "message");
        match.setSuggestedReplacement("fix");
        assertEquals(List.of(), LazySuggestions.filter(List.of(match), ms -> List.of()));
        List<RuleMatch> twice = LazySuggestions.filter(List.of(match), ms -> List.of(ms.get(0), ms.get(0)));
        assertEquals(2, twice.size());
        assertEquals(List.of("fix"), twice.get(0).getSuggestedReplacements());
    }

    @Test
    void englishVariantsAreSharedInstancesOfTheirClass() {
        Language us = LazySuggestions.of(LanguageToolService.language("en-US"));
        assertTrue(us instanceof AmericanEnglish);
        assertEquals("en-US", us.getShortCodeWithCountryAndVariant());
        assertTrue(us == LazySuggestions.of(LanguageToolService.language("en-US")), "one instance per language");
        assertEquals("en-GB", LazySuggestions.of(LanguageToolService.language("en-GB")).getShortCodeWithCountryAndVariant());
        Language australian = LanguageToolService.language("en-AU");
        assertEquals("en-AU", LazySuggestions.of(australian).getShortCodeWithCountryAndVariant());
    }

    @Test
    void identifiersGetNoSuggestionsAndProseMisspellingsDo() throws Exception {
        String text = "# Title\n\nThe recieved value of fooBarBazz was set in configg.yamll by the tool.\n";
        Document doc = Parsers.parse(Path.of("a.md"), "a.md", text, Format.MARKDOWN);
        ProseUnit unit = new ProseUnit(doc.prose().get(1), doc.text());
        LanguageToolService service = LanguageToolService.inProcess();
        try {
            List<LtMatch> matches = service.check(unit, LtSettings.spelling("en-US"), 10_000).matches();
            LtMatch recieved = matches.stream().filter(m -> unit.text().substring(m.from(), m.to()).equals("recieved"))
                    .findFirst().orElseThrow();
            assertTrue(recieved.suggestions().contains("received"), recieved.suggestions().toString());
            List<LtMatch> identifiers = matches.stream()
                    .filter(m -> !SpellingCandidates.reportable(unit.text(), m.from(), m.to())).toList();
            assertTrue(!identifiers.isEmpty(), "LanguageTool flags the identifiers: " + matches);
            for (LtMatch m : identifiers)
                assertEquals(List.of(), m.suggestions(), unit.text().substring(m.from(), m.to()));
        } finally {
            service.close();
        }
    }
}
