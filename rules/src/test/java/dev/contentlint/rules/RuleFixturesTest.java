package dev.contentlint.rules;

import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.testing.Fixtures;
import dev.contentlint.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of every rule, and the seed page under the recommended preset. */
class RuleFixturesTest {
    @TestFactory
    Stream<DynamicContainer> everyFixtureOfEveryRuleWithoutLanguageTool() {
        return fixtures(false);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicContainer> everyFixtureOfTheLanguageToolRules() {
        return fixtures(true);
    }

    private static Stream<DynamicContainer> fixtures(boolean languageTool) {
        return RuleRegistry.load().ids().stream().filter(id -> LanguageToolRules.uses(id) == languageTool)
                .map(id -> DynamicContainer.dynamicContainer(id, RuleTester.forRule(id).dynamicTests()));
    }

    @TestFactory
    Stream<DynamicTest> seedPageUnderTheRecommendedPreset() {
        return RuleTester.forPreset("recommended").dynamicTests(Fixtures.in(Fixtures.root(), "seed"));
    }
}
