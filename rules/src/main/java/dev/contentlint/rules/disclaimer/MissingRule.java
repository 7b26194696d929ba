package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.List;

/** Finds pages that read as medical, financial or legal and carry no disclaimer. */
@RuleInfo(id = "disclaimer/missing", summary = "Pages on medical, financial or legal topics should carry a disclaimer",
        severity = Severity.WARNING, category = Category.DISCLAIMER)
public final class MissingRule implements Rule {
    /** How many trigger words the message names. */
    private static final int SHOWN = 5;

    @Override
    public void check(Document document, RuleContext context) {
        DisclaimerScan scan = DisclaimerScan.of(document);
        for (DisclaimerTopic topic : context.setting(Disclaimers.SETTING).topics()) {
            List<String> triggers = scan.triggers(topic);
            if (triggers.isEmpty() || scan.satisfied(topic)) continue;
            String words = String.join(", ", triggers.subList(0, Math.min(SHOWN, triggers.size())))
                    + (triggers.size() > SHOWN ? ", ..." : "");
            context.reportFile("The page looks " + topic.id() + " (" + words + ") but has no " + topic.id()
                    + " disclaimer: add a \"Disclaimer\" section.");
        }
    }
}
