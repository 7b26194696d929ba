package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.rules.PhraseMatcher;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/sensory-language", summary = "Instructions should not rely only on colour, shape, size, position or sound",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = {"1.3.3", "1.4.1"})
public final class SensoryLanguageRule implements Rule {
    private static final PhraseMatcher PHRASES =
            PhraseMatcher.load(SensoryLanguageRule.class, "sensory-language.tsv", PhraseMatcher.Edges.WORDS);

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (ProseBlock block : doc.prose()) {
            // Alt text describes what an image shows, its colours and shapes included.
            if (block.kind() == ProseBlock.Kind.ALT_TEXT) continue;
            for (PhraseMatcher.Match m : PHRASES.find(block.text()))
                ctx.report(block.sourceSpan(m.start(), m.end()), "\"" + m.text().replaceAll("\\s+", " ")
                        + "\" identifies something by its " + m.phrase().note()
                        + " alone: also name it by its label or text, so everyone can find it.");
        }
    }
}
