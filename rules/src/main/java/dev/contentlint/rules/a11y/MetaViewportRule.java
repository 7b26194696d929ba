package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/meta-viewport", summary = "The viewport meta element should not block zooming",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"1.4.4", "1.4.10"}, act = "b4f0c3")
public final class MetaViewportRule implements Rule {
    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Element meta : ElementIndex.of(doc).named("meta")) {
            if (!meta.normalName().equals("meta") || !meta.attr("name").strip().equalsIgnoreCase("viewport")) continue;
            for (String property : meta.attr("content").split("[,;]")) {
                int eq = property.indexOf('=');
                if (eq < 0) continue;
                String key = property.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = property.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
                if (key.equals("user-scalable") && !scalable(value))
                    HtmlView.report(ctx, doc, meta, "The viewport sets user-scalable=" + value + ", which stops users "
                            + "zooming: remove it.");
                if (key.equals("maximum-scale") && maximumScale(value) < 2)
                    HtmlView.report(ctx, doc, meta, "The viewport sets maximum-scale=" + value + ", which limits zoom "
                            + "below 200%: remove it or set it to 2 or more.");
            }
        }
    }

    /** The viewport specification's reading of user-scalable: yes, device sizes and numbers of at least 1 allow zoom. */
    private static boolean scalable(String value) {
        if (value.equals("yes") || value.equals("device-width") || value.equals("device-height")) return true;
        Double n = number(value);
        return n != null && Math.abs(n) >= 1;
    }

    /** maximum-scale as the viewport specification reads it; a negative value is ignored (no limit). */
    private static double maximumScale(String value) {
        if (value.equals("yes")) return 1;
        if (value.equals("device-width") || value.equals("device-height")) return 10;
        Double n = number(value);
        if (n == null) return 0.1;
        if (n < 0) return Double.MAX_VALUE;
        return Math.max(0.1, Math.min(10, n));
    }

    private static Double number(String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[-+]?(\\d+\\.?\\d*|\\.\\d+)").matcher(value);
        return m.find() ? Double.valueOf(m.group()) : null;
    }
}
