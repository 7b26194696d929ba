package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;

/** Finds disclaimers whose text differs from the configured canonical text. */
@RuleInfo(id = "disclaimer/modified", summary = "A disclaimer should match the configured canonical text",
        severity = Severity.WARNING, category = Category.DISCLAIMER)
public final class ModifiedRule implements Rule {

    /** Options of {@code disclaimer/modified}. */
    public record Options(
            @Option(description = "Canonical text for every disclaimer section of a topic that configures no text"
                    + " of its own; empty means only the topics' texts are compared", defaultValue = "\"\"")
            String text) {
        public Options {
            text = text == null ? "" : text.strip();
        }
    }

    /** Words of context shown on each side of the first difference. */
    private static final int CONTEXT = 4;

    @Override
    public void check(Document document, RuleContext context) {
        DisclaimerScan scan = DisclaimerScan.of(document);
        String fallback = context.options(Options.class).text();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (DisclaimerTopic topic : context.setting(Disclaimers.SETTING).topics()) {
            String canonical = topic.text() != null ? topic.text() : fallback.isEmpty() ? null : fallback;
            if (canonical == null) continue;
            for (DisclaimerScan.DisclaimerSection s : scan.sections(topic.headings())) {
                if (!seen.add(s.section().heading().start())) continue; // one finding per section

                if (s.text().isEmpty()) continue; // disclaimer/empty reports it
                String difference = firstDifference(canonical, s.text());
                if (difference != null)
                    context.report(s.section().heading(), "The disclaimer differs from the configured "
                            + (topic.text() != null ? "\"" + topic.id() + "\" " : "") + "text: " + difference + ".");
            }
        }
    }

    /** The first differing words of two texts, compared word by word ignoring case and spacing; null if equal. */
    static String firstDifference(String expected, String actual) {
        String[] want = words(expected), got = words(actual);
        int i = 0;
        while (i < want.length && i < got.length && want[i].equalsIgnoreCase(got[i])) i++;
        if (i == want.length && i == got.length) return null;
        return "expected \"" + excerpt(want, i) + "\" but found \"" + excerpt(got, i) + "\" (word " + (i + 1) + ")";
    }

    private static String[] words(String text) {
        String s = text.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private static String excerpt(String[] words, int at) {
        if (at >= words.length) return "(end of text)";
        StringBuilder sb = new StringBuilder(at > 0 ? "... " : "");
        for (int i = Math.max(0, at - 1); i < Math.min(words.length, at + CONTEXT); i++)
            sb.append(i > Math.max(0, at - 1) ? " " : "").append(words[i]);
        return sb.append(at + CONTEXT < words.length ? " ..." : "").toString();
    }
}
