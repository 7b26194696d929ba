package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds disclaimer headings with no text under them, or only a placeholder. */
@RuleInfo(id = "disclaimer/empty", summary = "A disclaimer heading should be followed by the disclaimer",
        severity = Severity.WARNING, category = Category.DISCLAIMER)
public final class EmptyRule implements Rule {
    /** Text that only holds a place: it is no disclaimer. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)[\\s.…:\\-–—]*(?:tbd|todo|fixme|tba|lorem ipsum.*|coming soon|to be (?:added|written|determined)"
                    + "|\\[[^\\]]*]|n/?a|none|-+)?[\\s.…!:\\-–—]*");

    @Override
    public void check(Document document, RuleContext context) {
        Set<String> headings = new LinkedHashSet<>();
        for (DisclaimerTopic topic : context.setting(Disclaimers.SETTING).topics()) headings.addAll(topic.headings());
        for (DisclaimerScan.DisclaimerSection s : DisclaimerScan.of(document).sections(List.copyOf(headings))) {
            if (!s.section().children().isEmpty()) continue;
            if (PLACEHOLDER.matcher(s.text()).matches())
                context.report(s.section().heading(), "The disclaimer under \"" + s.section().title().strip() + "\" is "
                        + (s.text().isEmpty() ? "empty" : "only a placeholder (\"" + s.text() + "\")")
                        + ": write the disclaimer text.");
        }
    }
}
