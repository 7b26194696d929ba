package dev.contentlint.rules.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Style files are checked when the config loads: every mistake names the file, line and key. */
class StyleFileTest {
    private static final Path FILE = Path.of("styles", "rule.yml");

    private static StyleDefinition parse(String yaml) {
        return StyleFile.parse(yaml, FILE, "rule");
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    private static List<String> found(String yaml, String text) {
        return parse(yaml).matcher().find(text).stream().map(StyleMatcher.Hit::text).toList();
    }

    @Test
    void badPatternsAreConfigErrorsAtTheirLine() {
        assertEquals(FILE + ":4: patterns: bad pattern '(unclosed': missing closing ): `(unclosed`",
                error("extends: existence\nmessage: m\npatterns:\n  - '(unclosed'\n"));
        String lookahead = error("extends: existence\nmessage: m\npatterns: ['foo(?=bar)']\n");
        assertTrue(lookahead.startsWith(FILE + ":3: patterns: bad pattern 'foo(?=bar)'"), lookahead);
        assertTrue(lookahead.contains("look-ahead and look-behind are not supported"), lookahead);
        assertEquals(FILE + ":3: patterns: pattern 'a*' matches empty text, so it would match everywhere;"
                + " make it match at least one character", error("extends: existence\nmessage: m\npatterns: ['a*']\n"));
    }

    @Test
    void badYamlAndMissingOrUnknownKeysAreConfigErrors() {
        assertTrue(error("extends: existence\nmessage: [unclosed\n").startsWith(FILE + ":3: invalid YAML"),
                error("extends: existence\nmessage: [unclosed\n"));
        assertEquals(FILE + ":1: message: missing message; say what the finding tells the writer",
                error("extends: existence\ntokens: [a]\n"));
        assertEquals(FILE + ":1: extends: unsupported check type 'occurrence'; use existence or substitution",
                error("extends: occurrence\nmessage: m\n"));
        assertEquals(FILE + ":3: tokns: did you mean 'tokens'?; known keys: extends, message, severity, level, summary,"
                + " link, ignorecase, tokens, patterns, exceptions, swap, scope", error("extends: existence\nmessage: m\ntokns: [a]\n"));
        assertTrue(error("extends: existence\nmessage: m\ntokens: [a]\naction: {name: remove}\n")
                .startsWith(FILE + ":4: action: 'action' is a Vale setting contentlint does not support"));
        assertEquals(FILE + ":3: severity: expected error, warning, info or suggestion, got 'fatal'",
                error("extends: existence\nmessage: m\nseverity: fatal\ntokens: [a]\n"));
        assertEquals(FILE + ":3: swap: swap belongs to substitution rules; an existence rule lists tokens or patterns",
                error("extends: existence\nmessage: m\nswap: {a: b}\n"));
        assertEquals(FILE + ":1: tokens: an existence rule needs tokens (words and phrases) or patterns",
                error("extends: existence\nmessage: m\n"));
        assertEquals(FILE + ":6: swap.Foo: 'Foo' is listed twice (ignoring case); keep one",
                error("extends: substitution\nmessage: m\nignorecase: true\nswap:\n  foo: bar\n  Foo: baz\n"));
        assertEquals(FILE + ":4: scope: unknown scope 'code'; use text, paragraph, heading, list, table, blockquote, alt,"
                + " footnote, definition, or ~ before one to leave it out",
                error("extends: existence\nmessage: m\ntokens: [a]\nscope: [code]\n"));
    }

    @Test
    void styleFileNamesMustBeRuleNames() {
        String msg = assertThrows(ConfigException.class,
                () -> StyleFile.parse("extends: existence\nmessage: m\ntokens: [a]\n", Path.of("Product_Names.yml"),
                        "Product_Names")).getMessage();
        assertEquals("Product_Names.yml: 'Product_Names' cannot name a rule: name style files in lower case with"
                + " hyphens, e.g. product-names.yml", msg);
    }

    @Test
    void noPatternCanHangARun() {
        StyleDefinition d = parse("extends: existence\nmessage: m\npatterns: ['(a+)+$', '(x+x+)+y', '(.*a){20}z']\n");
        String text = "a".repeat(50_000) + "!" + "x".repeat(50_000);
        List<StyleMatcher.Hit> hits = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> d.matcher().find(text));
        assertEquals(List.of(), hits);
    }

    @Test
    void tokensMatchWholeWordsAndPhrasesAcrossLineBreaks() {
        String yaml = "extends: existence\nmessage: m\nignorecase: true\ntokens: [in order, in order to, very, café]\n";
        assertEquals(List.of("In order\nto", "very", "café"),
                found(yaml, "In order\nto win, everything very-much very cafés café."));
        assertEquals(List.of(), found(yaml, "everyone reorders; veryfine; very_long; cafée"));
        assertEquals(List.of("Very"), found("extends: existence\nmessage: m\ntokens: [Very]\n", "very Very VERY"));
    }

    @Test
    void theWordFilterNeverHidesAMatch() {
        String yaml = "extends: existence\nmessage: m\nignorecase: true\ntokens: [in order to, e-mail, naïve, STRASSE]\n";
        String text = "\uD83D\uDC4Din order to, E-MAIL (naïve) and straße are here, ſtrasse too.";
        // RE2 folds the long s with s, as the filter does; it has no fold from ß to SS, so straße is no match.
        assertEquals(List.of("in order to", "E-MAIL", "naïve", "ſtrasse"), found(yaml, text));
        assertEquals(Set.of("in", "order", "to"), StyleMatcher.words("In\norder²to"));
        assertEquals(List.of(), found(yaml, "in order, to be sure"));
        StyleDefinition swap = parse("extends: substitution\nmessage: m\nswap: {prior to: before}\n");
        assertEquals(List.of(List.of("before")), swap.matcher().find("prior\u00A0to now").stream()
                .map(StyleMatcher.Hit::suggestions).toList());
    }

    @Test
    void exceptionsAndScopeNarrowTheRule() {
        String yaml = "extends: existence\nmessage: m\npatterns: ['\\b[A-Z]{3,}\\b']\nexceptions: [HTML, API]\n"
                + "scope: [text, ~heading]\n";
        assertEquals(List.of("CSSX"), found(yaml, "HTML and API and CSSX"));
        Set<ProseBlock.Kind> scope = parse(yaml).scope();
        assertTrue(scope.contains(ProseBlock.Kind.PARAGRAPH));
        assertTrue(!scope.contains(ProseBlock.Kind.HEADING));
    }

    @Test
    void replacementsFollowTheCaseOfTheMatch() {
        assertEquals("To", StyleRule.matchCase("to", "In order to"));
        assertEquals("USE", StyleRule.matchCase("use", "UTILIZE"));
        assertEquals("JavaScript", StyleRule.matchCase("JavaScript", "javascript"));
        assertEquals("before", StyleRule.matchCase("before", "prior to"));
    }

    @Test
    void theStylesSettingReportsMissingFilesAndEmptyGlobsAtItsLine(@TempDir Path dir) throws IOException {
        ConfigLoader loader = new ConfigLoader(RuleRegistry.load());
        Path cfg = dir.resolve(".contentlint.yml");
        Files.writeString(cfg, "language: en\nstyles: [styles/none.yml]\n");
        String missing = assertThrows(ConfigException.class, () -> loader.load(cfg)).getMessage();
        assertEquals(cfg + ":2: styles: cannot find style file " + dir.resolve("styles/none.yml"), missing);
        Files.writeString(cfg, "styles: [styles/*.yml]\n");
        String empty = assertThrows(ConfigException.class, () -> loader.load(cfg)).getMessage();
        assertEquals(cfg + ":1: styles: 'styles/*.yml' matches no .yml or .yaml file in " + dir, empty);
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/bad.yml"), "extends: existence\nmessage: m\n\npatterns: ['[z-a]']\n");
        String bad = assertThrows(ConfigException.class, () -> loader.load(cfg)).getMessage();
        assertTrue(bad.startsWith(dir.resolve("styles/bad.yml") + ":4: patterns: bad pattern '[z-a]'"), bad);
        Files.writeString(dir.resolve("styles/bad.yml"), "extends: existence\nmessage: m\ntokens: [wordy-phrases]\n");
        Files.move(dir.resolve("styles/bad.yml"), dir.resolve("styles/wordy-phrases.yml"));
        String clash = assertThrows(ConfigException.class, () -> loader.load(cfg)).getMessage();
        assertEquals(cfg + ":1: styles: defines style/wordy-phrases, but that rule id is already a built-in rule;"
                + " rename the rule", clash);
    }
}
