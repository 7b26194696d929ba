package dev.contentlint.rules.style;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** See {@link RuleInfo}; the words are the style file {@code weasel-words.yml} beside this class. */
@RuleInfo(id = "style/weasel-words", summary = "Claims should name their source instead of leaning on vague attributions",
        severity = Severity.INFO, category = Category.STYLE)
public final class WeaselWordsRule implements Rule {
    private static final StyleRule RULE = StyleRule.builtIn(WeaselWordsRule.class, "weasel-words.yml");

    @Override
    public void check(Document document, RuleContext context) {
        RULE.check(document, context);
    }
}
