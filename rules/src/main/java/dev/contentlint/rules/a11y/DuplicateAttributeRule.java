package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * A rule; see its {@link RuleInfo}. The parsed tree keeps only the first of repeated attributes, as
 * browsers do, so the source is parsed again with jsoup's error tracking, which records each tag that
 * lost attributes.
 */
@RuleInfo(id = "a11y/duplicate-attribute", summary = "Elements should not repeat an attribute",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = "4.1.1", act = "e6952f")
public final class DuplicateAttributeRule implements Rule {
    private static final int MAX_ERRORS = 10_000;
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    @Override
    public void check(Document document, RuleContext context) {
        if (document.format() == Format.HTML) scan(document.text(), 0, context);
        else if (document.format() == Format.MARKDOWN && AriaData.hasRawHtml(document)) {
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(document.markdown());
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                    scan(n.getChars().toString(), n.getStartOffset(), context);
                    continue;
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) stack.push(c);
            }
        }
    }

    private static void scan(String html, int offset, RuleContext context) {
        if (html.indexOf('=') < 0 && html.indexOf(' ') < 0) return;
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_ERRORS);
        parser.parseInput(html, "");
        for (ParseError error : parser.getErrors()) {
            if (!error.getErrorMessage().startsWith("Dropped duplicate attribute")) continue;
            int end = Math.min(error.getPosition(), html.length());
            int start = html.lastIndexOf('<', Math.max(0, end - 1));
            if (start < 0) continue;
            String tag = html.substring(start, end);
            Set<String> repeated = repeated(tag);
            String names = repeated.isEmpty() ? "an attribute" : String.join(", ", repeated);
            context.report(new Span(offset + start, offset + end), "This tag repeats " + names
                    + ": browsers keep only the first value; remove the extra " + (repeated.size() > 1 ? "ones." : "one."));
        }
    }

    /** The attribute names a start tag gives more than once, lower case. */
    static Set<String> repeated(String tag) {
        Matcher m = ATTRIBUTE.matcher(tag);
        int from = 1;
        while (from < tag.length() && !Character.isWhitespace(tag.charAt(from)) && tag.charAt(from) != '>') from++;
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        int i = from;
        while (i < tag.length() && m.find(i)) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!seen.add(name)) twice.add(name);
            i = m.end();
        }
        return twice;
    }
}
