package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.SectionReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.readability.Word;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import java.util.Set;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/repeated-start", summary = "Consecutive sentences should not all start with the same word",
        severity = Severity.INFO, category = Category.READABILITY)
public final class RepeatedStartRule implements Rule {
    /** Words too plain to tell sentences apart on their own: the next word is compared with them. */
    private static final Set<String> PLAIN_STARTS = Set.of("the", "a", "an", "this", "that", "these", "those", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** Options of {@code readability/repeated-start}. */
    public record Options(
            @Option(description = "How many consecutive sentences starting alike make a finding", defaultValue = "3")
            int minRun) {
        public Options {
            if (minRun < 2) throw new IllegalArgumentException("min-run must be >= 2");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        int minRun = context.options(Options.class).minRun();
        for (SectionReadability s : DocumentReadability.of(document).sections()) {
            String previous = null;
            int run = 0;
            for (BlockReadability b : s.blocks()) {
                // Lists and headings repeat their openings by design ("Run ...", "Run ...").
                if (b.block().kind() != ProseBlock.Kind.PARAGRAPH && b.block().kind() != ProseBlock.Kind.BLOCK_QUOTE) {
                    previous = null;
                    run = 0;
                    continue;
                }
                for (Sentence sentence : b.sentences()) {
                    String start = start(sentence);
                    run = start.equals(previous) ? run + 1 : 1;
                    previous = start;
                    if (run == minRun)
                        context.report(b.block().sourceSpan(sentence.start(), sentence.words().get(0).end()),
                                minRun + " sentences in a row start with \"" + start + "\": vary how they begin.");
                }
            }
        }
    }

    private static String start(Sentence s) {
        Word first = s.words().get(0);
        String w = first.core().toLowerCase(Locale.ROOT);
        if ((PLAIN_STARTS.contains(w) || first.letters() == 0) && s.words().size() > 1)
            return w + " " + s.words().get(1).core().toLowerCase(Locale.ROOT);
        return w;
    }
}
