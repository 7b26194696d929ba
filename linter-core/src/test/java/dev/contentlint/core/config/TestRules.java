package dev.contentlint.core.config;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules and presets that exercise config loading without the real rule set. */
final class TestRules {
    private TestRules() {}

    enum DateOrder { MDY, DMY, YEAR_FIRST }

    @RuleInfo(id = "freshness/stale-date", summary = "Dates too old", severity = Severity.WARNING,
            category = Category.FRESHNESS)
    static final class StaleDate implements Rule {
        record Options(
                @Option(description = "Maximum age", defaultValue = "365") int maxAgeDays,
                @Option(description = "Front matter keys", defaultValue = "[last_updated, updated]") List<String> keys,
                @Option(description = "Numeric date order", defaultValue = "mdy") DateOrder dateOrder) {
            Options {
                if (maxAgeDays <= 0) throw new IllegalArgumentException("max-age-days must be > 0");
            }
        }

        @Override
        public void check(Document document, RuleContext context) {}
    }

    @RuleInfo(id = "structure/empty-section", summary = "Empty sections", severity = Severity.INFO,
            category = Category.STRUCTURE)
    static final class EmptySection implements Rule {
        @Override
        public void check(Document document, RuleContext context) {}
    }

    @RuleInfo(id = "grammar/languagetool", summary = "Grammar", severity = Severity.WARNING,
            category = Category.GRAMMAR, aliases = {"grammar/lt"})
    static final class LanguageTool implements Rule {
        @Override
        public void check(Document document, RuleContext context) {}
    }

    @RuleInfo(id = "style/all-types", summary = "Every option type", severity = Severity.ERROR,
            category = Category.STYLE)
    static final class AllTypes implements Rule {
        record Options(
                @Option(description = "int", defaultValue = "7") int count,
                @Option(description = "long", defaultValue = "10000000000") long big,
                @Option(description = "double", defaultValue = "0.5") double ratio,
                @Option(description = "boolean", defaultValue = "true") boolean strict,
                @Option(description = "String", defaultValue = "hello") String word,
                @Option(description = "enum", defaultValue = "year-first") DateOrder order,
                @Option(description = "strings", defaultValue = "[a, b]") List<String> words,
                @Option(description = "ints", defaultValue = "[1, 2, 3]") List<Integer> numbers,
                @Option(description = "map", defaultValue = "{e-mail: email}") Map<String, String> replacements,
                @Option(description = "date", defaultValue = "2026-01-31") LocalDate since,
                @Option(description = "regex", defaultValue = "'^TODO'") Pattern pattern,
                @Option(description = "boxed", defaultValue = "~") Integer limit) {}

        @Override
        public void check(Document document, RuleContext context) {}
    }

    static final class Provider implements RuleProvider {
        @Override
        public List<Rule> rules() {
            return List.of(new StaleDate(), new EmptySection(), new LanguageTool(), new AllTypes());
        }

        @Override
        public Map<String, String> presets() {
            return Map.of("recommended", "dev/contentlint/core/config/presets/recommended.yml",
                    "strict", "dev/contentlint/core/config/presets/strict.yml",
                    "broken", "dev/contentlint/core/config/presets/missing.yml");
        }

        @Override
        public java.util.Optional<String> defaultPreset() {
            return java.util.Optional.of("recommended");
        }
    }

    static RuleRegistry registry() {
        return new RuleRegistry(List.of(new Provider(), new ExampleLimitProvider()));
    }
}
