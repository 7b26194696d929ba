package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/inclusive-language", summary = "Prefer inclusive terms to ones that exclude or hurt readers",
        severity = Severity.WARNING, category = Category.STYLE)
public final class InclusiveLanguageRule implements Rule {
    private static final PhraseList TERMS = PhraseList.load("inclusive-language.tsv");

    @Override
    public void check(Document doc, RuleContext ctx) {
        TERMS.report(doc, ctx, (text, suggestion) -> "\"" + text + "\" can exclude or hurt readers: consider "
                + suggestion + ".");
    }
}
