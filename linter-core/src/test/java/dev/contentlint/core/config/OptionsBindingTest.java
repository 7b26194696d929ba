package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.config.TestRules.AllTypes;
import dev.contentlint.core.config.TestRules.DateOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsBindingTest {
    private static final Path FILE = Path.of(".contentlint.yml");
    private final ConfigLoader loader = new ConfigLoader(TestRules.registry());

    private AllTypes.Options bind(String options) {
        Config c = loader.load("rules:\n  style/all-types: " + options + "\n", FILE);
        return (AllTypes.Options) c.forFile("a.md").rules().get("style/all-types").options();
    }

    private String error(String options) {
        return assertThrows(ConfigException.class,
                () -> loader.load("rules:\n  style/all-types: " + options + "\n", FILE)).getMessage();
    }

    @Test
    void everyTypeHasItsDefault() {
        AllTypes.Options o = bind("on");
        assertEquals(7, o.count());
        assertEquals(10_000_000_000L, o.big());
        assertEquals(0.5, o.ratio());
        assertEquals(true, o.strict());
        assertEquals("hello", o.word());
        assertEquals(DateOrder.YEAR_FIRST, o.order());
        assertEquals(List.of("a", "b"), o.words());
        assertEquals(List.of(1, 2, 3), o.numbers());
        assertEquals(Map.of("e-mail", "email"), o.replacements());
        assertEquals(LocalDate.of(2026, 1, 31), o.since());
        assertEquals("^TODO", o.pattern().pattern());
        assertNull(o.limit());
    }

    @Test
    void everyTypeBindsFromYaml() {
        AllTypes.Options o = bind("""
                {count: 12, big: 0x10, ratio: 1.25, strict: false, word: 42, order: Dmy,
                    words: [x, "y z"], numbers: [5], replacements: {utilise: use, leverage: use},
                    since: 2025-12-01, pattern: '\\bfoo\\b', limit: 3}""");
        assertEquals(12, o.count());
        assertEquals(16L, o.big());
        assertEquals(1.25, o.ratio());
        assertEquals(false, o.strict());
        assertEquals("42", o.word());
        assertEquals(DateOrder.DMY, o.order());
        assertEquals(List.of("x", "y z"), o.words());
        assertEquals(List.of(5), o.numbers());
        assertEquals(Map.of("utilise", "use", "leverage", "use"), o.replacements());
        assertEquals(LocalDate.of(2025, 12, 1), o.since());
        assertEquals("\\bfoo\\b", o.pattern().pattern());
        assertEquals(3, o.limit());
    }

    @Test
    void enumsAcceptKebabCaseAndAnyCase() {
        assertEquals(DateOrder.YEAR_FIRST, bind("{order: year-first}").order());
        assertEquals(DateOrder.YEAR_FIRST, bind("{order: YEAR_FIRST}").order());
        assertEquals(DateOrder.MDY, bind("{order: mdy}").order());
    }

    @Test
    void aSingleValueIsAListOfOne() {
        assertEquals(List.of("only"), bind("{words: only}").words());
        assertEquals(List.of(), bind("{words: []}").words());
    }

    @Test
    void typeErrorsSayWhatWasExpected() {
        assertEquals(FILE + ":2: rules.style/all-types.count: expected a whole number, got 'abc'", error("{count: abc}"));
        assertEquals(FILE + ":2: rules.style/all-types.count: expected a whole number, got '1.5'", error("{count: 1.5}"));
        assertEquals(FILE + ":2: rules.style/all-types.count: expected a whole number up to 2147483647, got '9999999999'",
                error("{count: 9999999999}"));
        assertEquals(FILE + ":2: rules.style/all-types.count: expected a whole number, got a list", error("{count: [1]}"));
        assertEquals(FILE + ":2: rules.style/all-types.count: expected a whole number, got nothing", error("{count: }"));
        assertEquals(FILE + ":2: rules.style/all-types.ratio: expected a number, got 'half'", error("{ratio: half}"));
        assertEquals(FILE + ":2: rules.style/all-types.strict: expected true or false, got 'maybe'",
                error("{strict: maybe}"));
        assertEquals(FILE + ":2: rules.style/all-types.order: expected one of mdy, dmy, year-first; got 'ymd'",
                error("{order: ymd}"));
        assertEquals(FILE + ":2: rules.style/all-types.numbers[1]: expected a whole number, got 'two'",
                error("{numbers: [1, two]}"));
        assertEquals(FILE + ":2: rules.style/all-types.replacements: expected a map, got 'x'",
                error("{replacements: x}"));
        assertEquals(FILE + ":2: rules.style/all-types.replacements.a: expected a text value, got a list",
                error("{replacements: {a: [b]}}"));
        assertEquals(FILE + ":2: rules.style/all-types.since: expected a date as YYYY-MM-DD, got 'yesterday'",
                error("{since: yesterday}"));
        assertEquals(FILE + ":2: rules.style/all-types.word: expected a text value, got a map", error("{word: {a: b}}"));
        assertEquals(FILE + ":2: rules.style/all-types.pattern: invalid regular expression '(a': Unclosed group",
                error("{pattern: '(a'}"));
    }

    @Test
    void typeErrorPointsAtTheLineOfTheValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load("""
                rules:
                  style/all-types:
                    count: 1
                    numbers:
                      - 1
                      - x
                """, FILE));
        assertEquals(6, e.line());
        assertEquals("rules.style/all-types.numbers[1]", e.key());
    }

    @Test
    void bindsPlainJavaValuesForHarnesses() {
        AllTypes.Options o = OptionsBinder.bind(AllTypes.Options.class,
                Map.of("count", 3, "words", List.of("p", "q"), "order", "dmy", "strict", false));
        assertEquals(3, o.count());
        assertEquals(List.of("p", "q"), o.words());
        assertEquals(DateOrder.DMY, o.order());
        assertEquals(false, o.strict());
        assertEquals("hello", o.word());
        // Pattern has no value equality, so compare the printed form.
        assertEquals(OptionsBinder.defaults(AllTypes.Options.class).toString(), bind("on").toString());
        ConfigException e = assertThrows(ConfigException.class,
                () -> OptionsBinder.bind(TestRules.StaleDate.Options.class, Map.of("max-age", 3)));
        assertEquals("max-age: unknown option 'max-age'; known: max-age-days, keys, date-order", e.getMessage());
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> OptionsBinder.bind(TestRules.StaleDate.Options.class, Map.of("max-age-days", -1)));
        assertEquals("max-age-days: max-age-days must be > 0", invalid.getMessage());
    }

    @Test
    void aRuleWithABrokenDefaultIsAProgrammingError() {
        record Broken(@dev.contentlint.core.rule.Option(description = "d", defaultValue = "many") int n) {}
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OptionsBinder.defaults(Broken.class));
        assertEquals("default of option n of Broken is invalid: n: expected a whole number, got 'many'", e.getMessage());
    }

    @Test
    void sameOptionsBindOnce() {
        Config c = loader.load("""
                rules:
                  freshness/stale-date: { max-age-days: 100 }
                overrides:
                  - files: ["a/**"]
                    rules: { structure/empty-section: error }
                """, FILE);
        assertEquals(c.forFile("a/x.md").rules().get("freshness/stale-date").options(),
                c.forFile("b/x.md").rules().get("freshness/stale-date").options());
        org.junit.jupiter.api.Assertions.assertSame(c.forFile("a/x.md").rules().get("freshness/stale-date").options(),
                c.forFile("b/x.md").rules().get("freshness/stale-date").options());
    }
}
