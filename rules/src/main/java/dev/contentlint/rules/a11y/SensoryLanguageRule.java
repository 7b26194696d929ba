package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/sensory-language", summary = "Instructions should not rely only on colour, shape, size, position or sound",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = {"1.3.3", "1.4.1"})
public final class SensoryLanguageRule implements Rule {
    private static final PhraseList PHRASES = PhraseList.load("sensory-language.tsv");

    @Override
    public void check(Document doc, RuleContext ctx) {
        PHRASES.report(doc, ctx, (text, note) -> "\"" + text + "\" identifies something by its " + note
                + " alone: also name it by its label or text, so everyone can find it.");
    }
}
