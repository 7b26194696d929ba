package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of the LanguageTool rules, from this module's own fixtures folder. */
@Tag("slow")
class LanguageToolFixturesTest {
    @TestFactory
    Stream<DynamicContainer> everyFixtureOfTheLanguageToolRules() {
        return new LanguageToolProvider().rules().stream().map(r -> RuleMeta.forRule(r).id())
                .map(id -> DynamicContainer.dynamicContainer(id, RuleTester.forRule(id).dynamicTests()));
    }
}
