package dev.contentlint.rules;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.rules.disclaimer.EmptyRule;
import dev.contentlint.rules.disclaimer.MissingRule;
import dev.contentlint.rules.disclaimer.ModifiedRule;
import dev.contentlint.rules.freshness.BehindGitRule;
import dev.contentlint.rules.freshness.ConflictingDatesRule;
import dev.contentlint.rules.freshness.FutureDateRule;
import dev.contentlint.rules.freshness.MissingDateRule;
import dev.contentlint.rules.freshness.StaleDateRule;
import dev.contentlint.rules.grammar.LanguagetoolRule;
import dev.contentlint.rules.spelling.MisspellingRule;
import dev.contentlint.rules.structure.EmptySectionRule;
import dev.contentlint.rules.structure.PlaceholderTextRule;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rules and presets contentlint ships, found through {@link java.util.ServiceLoader}. */
public final class BuiltInRules implements RuleProvider {
    /** Every built-in rule class, sorted by rule id (RuleCatalogTest keeps it so). */
    public static final List<Class<? extends Rule>> RULES = List.of(
            EmptyRule.class,    // disclaimer/empty
            MissingRule.class,  // disclaimer/missing
            ModifiedRule.class, // disclaimer/modified
            BehindGitRule.class,     // freshness/behind-git
            ConflictingDatesRule.class, // freshness/conflicting-dates
            FutureDateRule.class,       // freshness/future-date
            MissingDateRule.class,      // freshness/missing-date
            StaleDateRule.class,     // freshness/stale-date
            LanguagetoolRule.class,  // grammar/languagetool
            MisspellingRule.class,   // spelling/misspelling
            EmptySectionRule.class,  // structure/empty-section
            PlaceholderTextRule.class); // structure/placeholder-text

    /** Preset name to the classpath resource of its YAML config. */
    public static final Map<String, String> PRESETS = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "recommended", "dev/contentlint/presets/recommended.yml",
            "strict", "dev/contentlint/presets/strict.yml")));

    @Override
    public List<Rule> rules() {
        return RULES.stream().map(BuiltInRules::instantiate).toList();
    }

    @Override
    public Map<String, String> presets() {
        return PRESETS;
    }

    private static Rule instantiate(Class<? extends Rule> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create rule " + type.getName() + ": " + e, e);
        }
    }
}
