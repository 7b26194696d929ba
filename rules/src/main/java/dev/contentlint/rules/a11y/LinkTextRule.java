package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/link-text", summary = "Link text should say where the link goes",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = {"2.4.4", "2.4.9"})
public final class LinkTextRule implements Rule {
    /** Options of this rule. */
    public record Options(
            @Option(description = "Link texts that say nothing about the destination (compared ignoring case,"
                    + " punctuation and surrounding spaces)",
                    defaultValue = "[click here, here, click, read more, more, learn more, link, this link, this, this page,"
                            + " more info, details, continue reading]")
            List<String> phrases) {}

    @Override
    public void check(Document doc, RuleContext ctx) {
        Set<String> phrases = new HashSet<>();
        for (String p : ctx.options(Options.class).phrases()) phrases.add(normalize(p));
        for (Element e : ElementIndex.of(doc).withRole(AccessibleName.LINK_ROLES::contains)) {
            if (!AccessibleName.LINK_ROLES.contains(String.valueOf(AccessibleName.role(e))) || Hidden.isHidden(e)) continue;
            // Code as link text ($this, `more`) names a thing in the code, not a vague destination.
            if (!e.select(CODE).isEmpty()) continue;
            String name = AccessibleName.of(e);
            if (!name.isEmpty() && phrases.contains(normalize(name)))
                HtmlView.report(ctx, doc, e, "Link text \"" + name + "\" does not say where the link goes: "
                        + "name the destination, for example \"read the installation guide\".");
        }
    }

    /** Lower case, punctuation and symbols (… » →) dropped, spaces collapsed. */
    static String normalize(String s) {
        return NOT_WORDS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    // Parsed and compiled once, not once per link.
    private static final Evaluator CODE = QueryParser.parse("code, kbd, samp, var");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
}
