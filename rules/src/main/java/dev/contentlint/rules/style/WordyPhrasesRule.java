package dev.contentlint.rules.style;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** See {@link RuleInfo}; the phrases are the style file {@code wordy-phrases.yml} beside this class. */
@RuleInfo(id = "style/wordy-phrases", summary = "Wordy phrases should give way to the shorter words that say the same",
        severity = Severity.INFO, category = Category.STYLE)
public final class WordyPhrasesRule implements Rule {
    private static final StyleRule RULE = StyleRule.builtIn(WordyPhrasesRule.class, "wordy-phrases.yml");

    @Override
    public void check(Document document, RuleContext context) {
        RULE.check(document, context);
    }
}
