package dev.contentlint.rules;

import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.testing.Fixtures;
import dev.contentlint.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of every rule, and the seed page under the recommended preset. */
class RuleFixturesTest {
    @TestFactory
    Stream<DynamicContainer> everyFixtureOfEveryRule() {
        return RuleRegistry.load().ids().stream()
                .map(id -> DynamicContainer.dynamicContainer(id, RuleTester.forRule(id).dynamicTests()));
    }

    @TestFactory
    Stream<DynamicTest> seedPageUnderTheRecommendedPreset() {
        return RuleTester.forPreset("recommended").dynamicTests(Fixtures.in(Fixtures.root(), "seed"));
    }
}
