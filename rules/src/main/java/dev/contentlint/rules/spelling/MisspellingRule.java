package dev.contentlint.rules.spelling;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
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
import java.util.Collection;
import java.util.List;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "spelling/misspelling", summary = "Words that are not in the dictionary",
        severity = Severity.WARNING, category = Category.SPELLING, fixes = FixSafety.UNSAFE)
public final class MisspellingRule implements Rule {

    /** Options of {@code spelling/misspelling}. */
    public record Options(
            @Option(description = "LanguageTool language code (en-US, en-GB, ...); auto takes the run's language"
                    + " setting", defaultValue = "auto")
            String language,
            @Option(description = "Words to accept besides the dictionary files; lower case accepts any case",
                    defaultValue = "[]")
            List<String> words) {
        public Options {
            words = List.copyOf(words);
            if (language.isBlank()) throw new IllegalArgumentException("language must not be empty; use auto or a code such as en-US");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        String language = LanguagetoolRule.language(o.language(), context);
        Dictionary dictionary = context.service(Dictionary.class).plus(o.words()).plus(extraWords(document, context));
        ProseChecks.Result result = ProseChecks.of(document, context, LtSettings.spelling(language));
        for (ProseChecks.Checked c : result.units()) {
            String text = c.unit().text();
            for (LtMatch m : c.matches()) {
                if (!m.spelling()) continue;
                String word = text.substring(m.from(), m.to());
                if (!SpellingCandidates.reportable(text, m.from(), m.to()) || dictionary.accepts(word))
                    continue;
                Span span = c.unit().sourceSpan(m.from(), m.to());
                String message = "\"" + word + "\" is not in the dictionary"
                        + (m.suggestions().isEmpty() ? "" : "; did you mean \"" + m.suggestions().get(0) + "\"?")
                        + " Add it to a dictionary word list if it is right";
                LanguagetoolRule.report(document, context, span, message, m, m.suggestions());
            }
        }
        for (ProseChecks.Note n : result.notes()) context.reportNote(n.span(), n.message());
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
