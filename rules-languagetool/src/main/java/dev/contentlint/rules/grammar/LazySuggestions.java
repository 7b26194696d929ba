package dev.contentlint.rules.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.languagetool.Language;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.AustralianEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.language.CanadianEnglish;
import org.languagetool.language.NewZealandEnglish;
import org.languagetool.language.SouthAfricanEnglish;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * English as LanguageTool has it, except that suggestions are worked out only when somebody asks for them.
 *
 * <p>LanguageTool's English match filter reads the suggestions of every match to adjust apostrophes, and for a
 * spelling match that runs the speller's search for similar words. On technical writing, where most flagged
 * words are identifiers and product names nobody will see reported, that search took about two thirds of all
 * checking time. These variants run the same filter on each match without its suggestions (so whatever else it
 * does still happens) and put off the filter's work on the suggestions until they are read.
 *
 * <p>Other languages are used as they are: their filters are left alone. The US, British and Canadian classes
 * refuse a second instance unless made through the constructor LanguageTool keeps for subclasses, {@code (true)}.
 */
final class LazySuggestions {
    private static final Map<String, Language> BY_CODE = new ConcurrentHashMap<>();

    private LazySuggestions() {
    }

    /**
     * The variant of {@code language} to check with: one instance per language code, so the rules, tagger and
     * dictionaries it loads are shared by every thread's LanguageTool like those of the language itself.
     */
    static Language of(Language language) {
        return BY_CODE.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> variant(code, language));
    }

    private static Language variant(String code, Language language) {
        return switch (code) {
            case "en-US" -> new AmericanEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            case "en-GB" -> new BritishEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            case "en-CA" -> new CanadianEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            case "en-AU" -> new AustralianEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            case "en-NZ" -> new NewZealandEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            case "en-ZA" -> new SouthAfricanEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> ms, AnnotatedText text, Set<String> enabled) {
                    return filter(ms, list -> super.filterRuleMatches(list, text, enabled));
                }
            };
            default -> language;
        };
    }

    /**
     * Runs {@code filter} (the language's own) on each match stripped of its suggestions, and gives the result
     * suggestions that the same filter computes from the original match when they are first read. A filter that
     * does not return exactly one match for one is run as it is, on the original match.
     */
    static List<RuleMatch> filter(List<RuleMatch> matches, UnaryOperator<List<RuleMatch>> filter) {
        List<RuleMatch> out = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            List<RuleMatch> bare = filter.apply(List.of(new RuleMatch(match, List.of())));
            if (bare.size() != 1) {
                out.addAll(filter.apply(List.of(match)));
                continue;
            }
            RuleMatch result = bare.get(0);
            result.setLazySuggestedReplacements(() -> {
                List<RuleMatch> full = filter.apply(List.of(match));
                return full.size() == 1 ? full.get(0).getSuggestedReplacementObjects() : match.getSuggestedReplacementObjects();
            });
            out.add(result);
        }
        return out;
    }
}
