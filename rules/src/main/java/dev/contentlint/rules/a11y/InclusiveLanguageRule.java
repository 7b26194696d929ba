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
@RuleInfo(id = "a11y/inclusive-language", summary = "Prefer inclusive terms to ones that exclude or hurt readers",
        severity = Severity.WARNING, category = Category.STYLE)
public final class InclusiveLanguageRule implements Rule {
    private static final PhraseMatcher TERMS =
            PhraseMatcher.load(InclusiveLanguageRule.class, "inclusive-language.tsv", PhraseMatcher.Edges.WORDS);

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (ProseBlock block : doc.prose()) {
            // Alt text is not checked: it describes an image, in the words the image calls for.
            if (block.kind() == ProseBlock.Kind.ALT_TEXT) continue;
            for (PhraseMatcher.Match m : TERMS.find(block.text()))
                ctx.report(block.sourceSpan(m.start(), m.end()), "\"" + m.text().replaceAll("\\s+", " ")
                        + "\" can exclude or hurt readers: consider " + m.phrase().note() + ".");
        }
    }
}
