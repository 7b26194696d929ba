package dev.contentlint.rules.spelling;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.rules.glossary.Glossary;
import dev.contentlint.rules.grammar.LanguagetoolRule;
import dev.contentlint.rules.grammar.LtMatch;
import dev.contentlint.rules.grammar.LtSettings;
import dev.contentlint.rules.grammar.ProseChecks;
import dev.contentlint.rules.grammar.SpellingCandidates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule; see its {@link RuleInfo}. Each file's words that neither the dictionary nor the glossary knows are
 * its summary; they become findings after the whole run, once the run's {@link LearnedVocabulary} is known. The
 * summaries go to the run cache, so an unchanged file is neither parsed nor spell-checked again, while what it
 * reports still follows the words the other files of the run teach.
 */
@RuleInfo(id = "spelling/misspelling", summary = "Words that are not in the dictionary",
        severity = Severity.WARNING, category = Category.SPELLING, fixes = FixSafety.UNSAFE)
public final class MisspellingRule implements CorpusRule<MisspellingRule.Summary> {
    /** The property holding the flagged word, as written: what {@code contentlint dictionary} collects. */
    public static final String WORD = "word";
    private static final int MAX_FIXES = 3;

    /** Options of {@code spelling/misspelling}. */
    public record Options(
            @Option(description = "LanguageTool language code (en-US, en-GB, ...); auto takes the run's language"
                    + " setting", defaultValue = "auto")
            String language,
            @Option(description = "Words to accept besides the dictionary files; lower case accepts any case",
                    defaultValue = "[]")
            List<String> words,
            @Option(description = "Accept words that some file of the run also writes in code (inline code, code blocks)",
                    defaultValue = "true")
            boolean learnFromCode,
            @Option(description = "Accept a word flagged in at least this many files of the run, unless it is one"
                    + " typing slip from a suggestion; 0 turns this off", defaultValue = "3")
            int learnFromFiles) {
        public Options {
            words = List.copyOf(words);
            if (language.isBlank()) throw new IllegalArgumentException("language must not be empty; use auto or a code such as en-US");
            if (learnFromFiles < 0) throw new IllegalArgumentException("learn-from-files must be 0 (off) or more");
        }
    }

    /**
     * One word no word list knows, where it is, and what LanguageTool said of it; {@code likely} when a word it
     * is a slip from is one of the project's own or among the most used English words, so it is reported
     * whatever the rest of the run writes.
     */
    public record Candidate(String word, Location location, String ltRule, String ltCategory,
                            List<String> suggestions, boolean likely) {
        public Candidate {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A part of the file that was not checked, and why. */
    public record Note(Location location, String message) {}

    /**
     * One file's unknown words, its notes, the words it writes in code, the unknown capitalised words it
     * writes inside sentences, taken as names, and the words of its prose in lower case.
     */
    public record Summary(List<Candidate> candidates, List<Note> notes, Set<String> codeWords, Set<String> names,
                          Set<String> proseWords) {
        public Summary {
            candidates = List.copyOf(candidates);
            notes = List.copyOf(notes);
            codeWords = Set.copyOf(codeWords);
            names = Set.copyOf(names);
            proseWords = Set.copyOf(proseWords);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        // Findings wait for the whole run's vocabulary: see checkCorpus.
    }

    @Override
    public Summary summarize(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        String language = LanguagetoolRule.language(o.language(), context);
        Dictionary dictionary = context.service(Dictionary.class).plus(o.words()).plus(extraWords(document, context));
        ProseChecks.Result result = ProseChecks.of(document, context, LtSettings.spelling(language));
        boolean english = EnglishDictionaries.english(language);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (ProseChecks.Checked c : result.units()) {
            String text = c.unit().text();
            for (LtMatch m : c.matches()) {
                if (!m.spelling()) continue;
                String word = text.substring(m.from(), m.to());
                if (!SpellingCandidates.reportable(text, m.from(), m.to()) || dictionary.accepts(word)
                        || Words.fragment(word) || Words.closedCompound(word, m.suggestions())
                        || Words.caseOnly(word, m.suggestions())
                        || english && (EnglishDictionaries.otherVariant(word, language) || EnglishDictionaries.prefixed(word)
                                || EnglishDictionaries.derived(word)))
                    continue;
                // The project's own words a slip away come first: "frobnicatr" is a slip from a glossary term.
                List<String> own = dictionary.near(word);
                if (own.isEmpty() && !Words.closeSuggestion(word, m.suggestions())) continue;
                if (Words.nameInSentence(text, m.from(), word)) {
                    names.add(word);
                    continue;
                }
                Span span = c.unit().sourceSpan(m.from(), m.to());
                if (Words.namedByLink(document, span, word) || Words.inNameColumn(document, span, word)) continue;
                List<String> all = new ArrayList<>(own);
                for (String sg : m.suggestions()) if (!all.contains(sg)) all.add(sg);
                List<String> suggestions = all.subList(0, Math.min(MAX_FIXES, all.size()));
                boolean likely = !own.isEmpty() || english && m.suggestions().stream()
                        .anyMatch(sg -> Words.closeSuggestion(word, List.of(sg))
                                && Words.parts(sg).stream().allMatch(EnglishDictionaries::common));
                candidates.add(new Candidate(word, document.location(span), m.ruleId(), m.category(),
                        suggestions, likely));
            }
        }
        List<Note> notes = new ArrayList<>();
        for (ProseChecks.Note n : result.notes()) notes.add(new Note(document.location(n.span()), n.message()));
        Set<String> code = o.learnFromCode() ? CodeWords.of(document) : Set.of();
        Set<String> prose = new java.util.HashSet<>();
        for (ProseChecks.Checked c : result.units()) CodeWords.words(c.unit().text(), prose);
        return candidates.isEmpty() && notes.isEmpty() && code.isEmpty() && names.isEmpty() && prose.isEmpty() ? null
                : new Summary(candidates, notes, code, names, prose);
    }

    @Override
    public void checkCorpus(Map<String, Summary> summaries, CorpusContext context) {
        LearnedVocabulary.Builder learning = LearnedVocabulary.builder();
        for (Summary s : summaries.values()) {
            learning.add(s.codeWords(), s.candidates().stream().flatMap(c -> Words.parts(c.word()).stream()).toList());
            learning.names(s.names());
        }
        LearnedVocabulary learned = learning.build();
        Set<String> written = new java.util.HashSet<>();
        for (Summary s : summaries.values()) written.addAll(s.proseWords());
        for (Map.Entry<String, Summary> e : summaries.entrySet()) {
            String path = e.getKey();
            Options o = context.options(path, Options.class);
            for (Candidate c : e.getValue().candidates()) {
                if (learned.accepts(c.word(), c.suggestions(), o.learnFromCode(), o.learnFromFiles())
                        || learned.name(c.word()) || !c.likely() && !slipFromWritten(c, written)) continue;
                report(path, c, context);
            }
            for (Note n : e.getValue().notes()) context.reportNote(path, n.location(), n.message());
        }
    }

    /**
     * Whether a suggestion {@code c} is a slip from is a word the run writes in its prose: a misspelling is a
     * slip from a word the writers use. A word close only to words nobody here writes ("cron", a swap from
     * "corn") is the project's vocabulary.
     */
    private static boolean slipFromWritten(Candidate c, Set<String> written) {
        for (String s : c.suggestions())
            if (Words.closeSuggestion(c.word(), List.of(s))
                    && Words.parts(s.toLowerCase(java.util.Locale.ROOT)).stream().allMatch(written::contains))
                return true;
        return false;
    }

    private static void report(String path, Candidate c, CorpusContext context) {
        List<Fix> fixes = new ArrayList<>();
        for (String s : c.suggestions()) fixes.add(new Fix(c.location(), s, "Replace with \"" + s + "\""));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("languagetoolRule", c.ltRule());
        properties.put("languagetoolCategory", c.ltCategory());
        properties.put(Finding.DETAIL, c.ltRule());
        properties.put(WORD, c.word());
        String message = "\"" + c.word() + "\" is not in the dictionary"
                + (c.suggestions().isEmpty() ? "" : "; did you mean \"" + c.suggestions().get(0) + "\"?")
                + " Add it to a dictionary word list if it is right";
        context.report(path, c.location(), message + " (" + c.ltRule() + ")", fixes, properties);
    }

    /** Every part of the summary, so a cached file needs neither a parse nor LanguageTool. */
    @Override
    public boolean storeSummary(Summary summary, FieldWriter out) {
        out.number(summary.candidates().size());
        for (Candidate c : summary.candidates()) {
            out.string(c.word()).location(c.location()).string(c.ltRule()).string(c.ltCategory())
                    .number(c.suggestions().size());
            for (String s : c.suggestions()) out.string(s);
            out.number(c.likely() ? 1 : 0);
        }
        out.number(summary.notes().size());
        for (Note n : summary.notes()) out.location(n.location()).string(n.message());
        out.number(summary.codeWords().size());
        for (String w : summary.codeWords().stream().sorted().toList()) out.string(w);
        out.number(summary.names().size());
        for (String w : summary.names().stream().sorted().toList()) out.string(w);
        out.number(summary.proseWords().size());
        for (String w : summary.proseWords().stream().sorted().toList()) out.string(w);
        return true;
    }

    @Override
    public Summary loadSummary(FieldReader in, java.nio.file.Path file) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            String word = in.string();
            Location location = in.location();
            String rule = in.string();
            String category = in.string();
            List<String> suggestions = new ArrayList<>();
            for (int k = in.integer(); k > 0; k--) suggestions.add(in.string());
            candidates.add(new Candidate(word, location, rule, category, suggestions, in.integer() == 1));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) notes.add(new Note(in.location(), in.string()));
        Set<String> code = new java.util.HashSet<>();
        for (int i = in.integer(); i > 0; i--) code.add(in.string());
        Set<String> names = new java.util.HashSet<>();
        for (int i = in.integer(); i > 0; i--) names.add(in.string());
        Set<String> prose = new java.util.HashSet<>();
        for (int i = in.integer(); i > 0; i--) prose.add(in.string());
        return new Summary(candidates, notes, code, names, prose);
    }

    /**
     * Words accepted besides the dictionary files and the {@code words} option: the terms, abbreviations
     * and variants of the project glossary, and the terms and acronyms the document defines itself. A word
     * the writers took the trouble to define is not a misspelling.
     */
    static Collection<String> extraWords(Document document, RuleContext context) {
        // Glossary terms match in any case, acronyms only in capitals; a lower-case entry is accepted in any case.
        List<String> out = new java.util.ArrayList<>();
        for (String w : Glossary.acceptedWords(document, context))
            out.add(w.chars().anyMatch(Character::isLowerCase) ? w.toLowerCase(java.util.Locale.ROOT) : w);
        return out;
    }
}
