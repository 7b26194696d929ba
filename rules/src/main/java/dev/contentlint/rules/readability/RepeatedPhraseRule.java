package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.readability.Word;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/repeated-phrase", summary = "A page should not repeat the same long phrase again and again",
        severity = Severity.WARNING, category = Category.READABILITY)
public final class RepeatedPhraseRule implements Rule {
    /** Words that carry no content: a phrase made mostly of them ("one of the most of") is just English. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this",
            "that", "these", "those", "you", "your", "we", "our", "they", "their", "he", "she", "his", "her", "i",
            "not", "no", "can", "will", "do", "does", "if", "so", "than", "then", "there", "which", "who", "what",
            "when", "how", "all", "any", "each", "more", "most", "one", "also", "into", "about", "has", "have", "may");

    /** Options of {@code readability/repeated-phrase}. */
    public record Options(
            @Option(description = "Fewest words in a repeated phrase", defaultValue = "5")
            int minWords,
            @Option(description = "Uses of the same phrase that make a finding (reported at this use)", defaultValue = "3")
            int minUses,
            @Option(description = "Fewest content words (not articles, prepositions, pronouns) the phrase must hold",
                    defaultValue = "3")
            int minContentWords) {
        public Options {
            if (minWords < 2) throw new IllegalArgumentException("min-words must be >= 2");
            if (minUses < 2) throw new IllegalArgumentException("min-uses must be >= 2");
            if (minContentWords < 0) throw new IllegalArgumentException("min-content-words must be >= 0");
        }
    }

    /** One word of the document with where it stands. */
    private record Token(String key, int sentence, ProseBlock block, Word word) {}

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        int n = o.minWords();
        List<Token> tokens = new ArrayList<>();
        int sentenceIndex = 0;
        Set<String> seenSentences = new HashSet<>();
        for (BlockReadability b : DocumentReadability.of(document).blocks()) {
            // Lists, tables and headings repeat their wording by design; running text should not.
            if (b.block().kind() != ProseBlock.Kind.PARAGRAPH && b.block().kind() != ProseBlock.Kind.BLOCK_QUOTE) continue;
            for (Sentence s : b.sentences()) {
                // A sentence repeated whole is readability/duplicate-passage's to report; code-like runs are not prose.
                String whole = s.words().stream().map(RepeatedPhraseRule::key).collect(Collectors.joining(" "));
                if (!seenSentences.add(whole) || Sentences.codeLike(s)) continue;
                sentenceIndex++;
                for (Word w : s.words()) tokens.add(new Token(key(w), sentenceIndex, b.block(), w));
            }
        }
        // Uses of every phrase of n words inside one sentence.
        Map<String, List<Integer>> uses = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            if (tokens.get(i).sentence() != tokens.get(i + n - 1).sentence()) continue;
            String phrase = phrase(tokens, i, n);
            if (!phraseLike(tokens, i, n) || content(tokens, i, n) < o.minContentWords()) continue;
            List<Integer> at = uses.computeIfAbsent(phrase, k -> new ArrayList<>());
            // One use per paragraph: a phrase repeated inside one paragraph is local emphasis, and reference
            // pages repeat a phrase within an entry by design; padding repeats it across the page.
            if (at.isEmpty() || tokens.get(at.get(at.size() - 1)).block() != tokens.get(i).block()) at.add(i);
        }
        // Report at the use that reaches min-uses; a longer repeated phrase yields one finding, not one per window.
        int coveredUntil = -1;
        List<int[]> reports = new ArrayList<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            List<Integer> at = uses.get(phrase(tokens, i, n));
            if (at == null || at.size() < o.minUses() || at.get(o.minUses() - 1) != i) continue;
            if (i < coveredUntil && !reports.isEmpty()) {
                reports.get(reports.size() - 1)[1] = i + n;
            } else {
                reports.add(new int[] {i, i + n});
            }
            coveredUntil = i + n;
        }
        for (int[] r : reports) {
            Token first = tokens.get(r[0]), last = tokens.get(r[1] - 1);
            String text = first.block().text().substring(first.word().start(), last.word().end()).replaceAll("\\s+", " ");
            List<Integer> earlier = uses.get(phrase(tokens, r[0], n));
            String lines = earlier.subList(0, o.minUses() - 1).stream()
                    .map(i -> String.valueOf(line(document, tokens.get(i))))
                    .collect(Collectors.joining(", "));
            Span span = first.block() == last.block()
                    ? first.block().sourceSpan(first.word().start(), last.word().end())
                    : first.block().sourceSpan(first.word().start(), first.word().end());
            context.report(span, "\"" + text + "\" is used for the " + ordinal(o.minUses()) + " time (earlier on line"
                    + (o.minUses() > 2 ? "s " : " ") + lines + "): say it once, or vary it.");
        }
    }

    private static int line(Document d, Token t) {
        return d.location(t.block().sourceSpan(t.word().start(), t.word().end())).line();
    }

    private static String key(Word w) {
        return w.core().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static String phrase(List<Token> tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) sb.append(tokens.get(i).key()).append(' ');
        return sb.toString();
    }

    private static int content(List<Token> tokens, int from, int n) {
        int c = 0;
        for (int i = from; i < from + n; i++) if (content(tokens, i)) c++;
        return c;
    }

    /**
     * A content word: not a function word, not a name from code, and not capitalised inside a sentence (a
     * product, parameter or person's name, which a page repeats because it is about that thing).
     */
    private static boolean content(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (FUNCTION_WORDS.contains(t.key()) || Sentences.identifier(t.word())) return false;
        boolean sentenceStart = i == 0 || tokens.get(i - 1).sentence() != t.sentence();
        return sentenceStart || !Character.isUpperCase(t.word().core().codePointAt(0));
    }

    /**
     * Whether the words read as one phrase: they start and end with a content word and no comma, colon,
     * semicolon or bracket stands between them ("of a scheduled job, use" is two pieces of two clauses).
     */
    private static boolean phraseLike(List<Token> tokens, int from, int n) {
        if (!content(tokens, from) || !content(tokens, from + n - 1)) return false;
        for (int i = from; i < from + n - 1; i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (a.block() != b.block()) return false;
            String between = a.block().text().substring(a.word().end(), b.word().start());
            for (char c : between.toCharArray()) if (",;:()[]{}".indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> n + "th";
        };
    }
}
