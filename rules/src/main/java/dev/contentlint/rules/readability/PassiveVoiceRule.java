package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.PassiveVoice;
import dev.contentlint.core.readability.SectionReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/passive-voice", summary = "Sections should not lean on the passive voice",
        severity = Severity.WARNING, category = Category.READABILITY)
public final class PassiveVoiceRule implements Rule {

    /** Options of {@code readability/passive-voice}. */
    public record Options(
            @Option(description = "Highest share of passive sentences in a section, in percent", defaultValue = "15")
            double maxPercent,
            @Option(description = "Fewest sentences a section needs before its share is judged", defaultValue = "5")
            int minSentences,
            @Option(description = "List each passive sentence of a section over the limit, at info level",
                    defaultValue = "true")
            boolean listSentences) {
        public Options {
            if (maxPercent < 0 || maxPercent > 100) throw new IllegalArgumentException("max-percent must be 0 to 100");
            if (minSentences < 1) throw new IllegalArgumentException("min-sentences must be >= 1");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        for (SectionReadability s : DocumentReadability.of(document).sections()) {
            List<Span> passive = new ArrayList<>();
            int sentences = 0;
            for (BlockReadability b : s.blocks()) {
                if (b.block().kind() == ProseBlock.Kind.HEADING) continue;
                for (Sentence sentence : b.sentences()) {
                    sentences++;
                    if (PassiveVoice.isPassive(sentence)) passive.add(b.block().sourceSpan(sentence.start(), sentence.end()));
                }
            }
            if (sentences < options.minSentences() || passive.isEmpty()) continue;
            double percent = 100.0 * passive.size() / sentences;
            if (percent <= options.maxPercent()) continue;
            String where = s.section().level() == 0 ? "The text before the first heading" : "Section \"" + s.title() + "\"";
            Span at = s.section().level() == 0 ? passive.get(0) : s.section().heading();
            context.report(at, String.format(Locale.ROOT, "%s has %d passive %s of %d (%.0f%%, limit %s%%): "
                    + "say who does what.", where, passive.size(), passive.size() == 1 ? "sentence" : "sentences",
                    sentences, percent, trim(options.maxPercent())));
            if (options.listSentences())
                for (Span p : passive) context.reportNote(p, "Passive sentence: name who acts and make them the subject.");
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
