package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Set;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/long-paragraph", summary = "Paragraphs should be short enough to scan",
        severity = Severity.WARNING, category = Category.READABILITY)
public final class LongParagraphRule implements Rule {
    private static final Set<ProseBlock.Kind> PARAGRAPHS = Set.of(ProseBlock.Kind.PARAGRAPH, ProseBlock.Kind.BLOCK_QUOTE,
            ProseBlock.Kind.LIST_ITEM, ProseBlock.Kind.DEFINITION);

    /** Options of {@code readability/long-paragraph}. */
    public record Options(
            @Option(description = "Most words a paragraph may have", defaultValue = "150")
            int maxWords) {
        public Options {
            if (maxWords < 1) throw new IllegalArgumentException("max-words must be >= 1");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        int max = context.options(Options.class).maxWords();
        for (BlockReadability b : DocumentReadability.of(document).blocks()) {
            if (!PARAGRAPHS.contains(b.block().kind()) || b.words() <= max) continue;
            ProseBlock block = b.block();
            int first = b.sentences().get(0).start();
            context.report(block.sourceSpan(first, b.sentences().get(0).end()), "Paragraph has " + b.words()
                    + " words (limit " + max + "): split it into shorter paragraphs.");
        }
    }
}
