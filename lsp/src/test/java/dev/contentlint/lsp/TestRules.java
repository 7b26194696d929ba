package dev.contentlint.lsp;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.BuiltInRules;
import dev.contentlint.rules.grammar.LanguageToolProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Rules for server tests: the built-in ones, grammar and spelling, and two that let a test hold a check and apply a safe fix. */
final class TestRules {
    private TestRules() {
    }

    /** Reached by a check of a document with "gate" in it; the check then waits until the test opens the gate. */
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch gate = new CountDownLatch(0);

    static RuleRegistry registry() {
        return new RuleRegistry(List.of(new BuiltInRules(), new LanguageToolProvider(), new RuleProvider() {
            @Override public List<Rule> rules() { return List.of(new GateRule(), new ColourRule()); }
        }));
    }

    /** Reports the first line of a document with "gate" in it, after waiting for the gate. */
    @RuleInfo(id = "test/gate", summary = "Holds the check of a page that says gate", category = Category.STRUCTURE)
    static final class GateRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            String text = document.text();
            int at = text.indexOf("gate");
            if (at < 0) return;
            entered.countDown();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the test never opened the gate");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int eol = text.indexOf('\n');
            context.report(new Span(at, at + 4), "gate on: " + text.substring(0, eol < 0 ? text.length() : eol));
        }
    }

    /** Reports "colour" with a safe fix to "color" and a second, unsafe one to "hue". */
    @RuleInfo(id = "test/colour", summary = "Spells color the American way", category = Category.STYLE,
            fixes = FixSafety.SAFE)
    static final class ColourRule implements Rule {
        /** The word, not the rule id in a comment. */
        private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(?<![/\\w])colour\\b");

        @Override
        public void check(Document document, RuleContext context) {
            java.util.regex.Matcher m = WORD.matcher(document.text());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                context.report(span, "Write color.", List.of(
                        new Fix(document.location(span), "color", "Replace with \"color\""),
                        new Fix(document.location(span), "hue", "Replace with \"hue\"", FixSafety.UNSAFE)),
                        Map.of());
            }
        }
    }
}
