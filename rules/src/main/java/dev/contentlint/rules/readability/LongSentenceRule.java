package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/long-sentence", summary = "Sentences should be short enough to read in one go",
        severity = Severity.WARNING, category = Category.READABILITY)
public final class LongSentenceRule implements Rule {

    /** Options of {@code readability/long-sentence}. */
    public record Options(
            @Option(description = "Most words a sentence may have", defaultValue = "30")
            int maxWords) {
        public Options {
            if (maxWords < 1) throw new IllegalArgumentException("max-words must be >= 1");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        int max = context.options(Options.class).maxWords();
        for (BlockReadability b : DocumentReadability.of(document).blocks()) {
            ProseBlock block = b.block();
            if (block.kind() == ProseBlock.Kind.HEADING) continue;
            for (Sentence s : b.sentences()) {
                if (s.words().size() <= max || Sentences.codeLike(s)) continue;
                context.report(block.sourceSpan(s.start(), s.end()), "Sentence has " + s.words().size()
                        + " words (limit " + max + "): split it or cut words.");
            }
        }
    }
}
