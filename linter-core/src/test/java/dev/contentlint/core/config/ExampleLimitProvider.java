package dev.contentlint.core.config;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.rule.YamlNode;
import java.util.List;

/** A third-party style provider that owns a top-level setting, {@code example-limit}, and a rule reading it. */
final class ExampleLimitProvider implements RuleProvider {
    /** A whole number of at least 1; 10 when no config sets it. */
    static final SettingSpec<Integer> LIMIT = new SettingSpec<>("example-limit", Integer.class,
            ExampleLimitProvider::parseLimit, 10);

    private static Integer parseLimit(YamlNode node, java.nio.file.Path directory) {
        String text = node.text().trim();
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1)
            throw node.error("expected a whole number of at least 1, got " + node.describe());
        return Integer.parseInt(text);
    }

    /** Reports, once per document, the limit the config gave it. */
    @RuleInfo(id = "example/limit", summary = "Reports its limit", severity = Severity.INFO, category = Category.STRUCTURE)
    static final class LimitRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            context.reportFile("limit " + context.setting(LIMIT));
        }
    }

    @Override
    public List<Rule> rules() {
        return List.of(new LimitRule());
    }

    @Override
    public List<SettingSpec<?>> settings() {
        return List.of(LIMIT);
    }
}
