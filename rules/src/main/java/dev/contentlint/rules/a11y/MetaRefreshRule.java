package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/meta-refresh", summary = "Pages should not refresh or redirect after a delay",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"2.2.1", "2.2.4", "3.2.5"},
        act = {"bc659a", "bisz58"})
public final class MetaRefreshRule implements Rule {
    /** A refresh content the browser accepts: a delay, then the end, or a separator and a URL. */
    private static final Pattern VALID = Pattern.compile("^\\s*(\\d+)(?:\\.[\\d.]*)?(?:\\s*$|\\s*[;,]|\\s)", Pattern.DOTALL);
    /** Twenty hours: WCAG 2.2.1's exception for delays longer than that. */
    private static final long TWENTY_HOURS = 72_000;

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element meta : ElementIndex.of(doc).named("meta")) {
            if (!meta.normalName().equals("meta") || !meta.attr("http-equiv").strip().equalsIgnoreCase("refresh")) continue;
            Matcher m = VALID.matcher(meta.attr("content"));
            if (!m.find()) continue;
            // Browsers act on the first valid refresh only; later ones never run.
            long delay = delay(m.group(1));
            if (delay == 0) return;
            boolean redirect = meta.attr("content").substring(m.end()).strip().length() > 0;
            String what = redirect ? "redirects" : "refreshes";
            if (delay > TWENTY_HOURS)
                HtmlView.report(ctx, doc, meta, "The page " + what + " after " + delay + " seconds: redirect at once "
                        + "(delay 0) or let the user decide.", "bisz58");
            else
                HtmlView.report(ctx, doc, meta, "The page " + what + " after " + delay + " seconds, before a user may "
                        + "have finished reading: use a delay of 0 or a link the user chooses.", "bc659a", "bisz58");
            return;
        }
    }

    private static long delay(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
