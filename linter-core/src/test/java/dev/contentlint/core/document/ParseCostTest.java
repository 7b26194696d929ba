package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inputs whose parse cost grew faster than their size: what the parser now does with them, and that the
 * step which made them expensive is bounded. No test here times anything.
 */
class ParseCostTest {
    @Test
    void unclosedLinkDestinationsAreTextAndEachScanStopsAtTheNestingLimit() {
        String line = "[a](".repeat(2_000);
        Document d = md(line + "\n");
        assertTrue(d.links().isEmpty());
        assertEquals(line, d.prose().get(0).text());

        BoundedLinkDestinations parser = new BoundedLinkDestinations(new LinkDestinationParser(true, false, false, false));
        // The stock parser returns the rest of the line as the destination and only then finds no ')'.
        BasedSequence rest = BasedSequence.of(line);
        assertEquals("", parser.parseLinkDestination(rest, 4).toString());
        // Reading past the 33rd '(' would fail: the scan stops there.
        int limit = 4 * (BoundedLinkDestinations.MAX_PARENS + 2);
        CharSequence guarded = new CharSequence() {
            @Override public int length() { return line.length(); }
            @Override public char charAt(int i) {
                if (i > limit) throw new AssertionError("read offset " + i);
                return line.charAt(i);
            }
            @Override public CharSequence subSequence(int s, int e) { return line.subSequence(s, e); }
        };
        assertTrue(BoundedLinkDestinations.nestsTooDeep(guarded, 4));
    }

    @Test
    void destinationsWithBalancedOrEscapedParenthesesAreStillLinks() {
        Document d = md("[wiki](https://en.wikipedia.org/wiki/Java_(programming_language)) and "
                + "[esc](a" + "\\(".repeat(40) + ")\n");
        assertEquals(2, d.links().size());
        assertEquals("https://en.wikipedia.org/wiki/Java_(programming_language)", d.links().get(0).destination());
        String deep = "(".repeat(BoundedLinkDestinations.MAX_PARENS + 1) + ")".repeat(BoundedLinkDestinations.MAX_PARENS + 1);
        assertTrue(md("[ok](" + "(".repeat(BoundedLinkDestinations.MAX_PARENS) + ")".repeat(BoundedLinkDestinations.MAX_PARENS) + ")\n")
                .links().size() == 1);
        assertTrue(md("[deep](" + deep + ")\n").links().isEmpty(), "nested past the limit, as cmark reads it");
    }

    @Test
    void tableRowsNeverMakeTheHeadingParserCopyTheParagraph() {
        var factory = new CheapHeadingStarts().apply(new MutableDataSet());
        // The stock heading parser asks for the paragraph's content on every line; this one throws if asked.
        MatchedBlockParser matched = (MatchedBlockParser) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MatchedBlockParser.class}, (p, m, a) -> {
                    throw new AssertionError("asked " + m.getName() + " for a line that cannot be a heading");
                });
        for (String row : new String[] {"| x | y | z |", "plain text", "-x", "==a", "- item"}) {
            BasedSequence line = BasedSequence.of(row + "\n");
            ParserState state = (ParserState) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ParserState.class}, (p, m, a) -> switch (m.getName()) {
                        case "getLine", "getLineWithEOL" -> line;
                        case "getNextNonSpaceIndex", "getIndent", "getIndex", "getColumn" -> 0;
                        case "isBlank" -> false;
                        default -> throw new AssertionError("asked " + m.getName());
                    });
            assertEquals(BlockStart.none(), factory.tryStart(state, matched), row);
        }
        assertTrue(CheapHeadingStarts.mayBeHeading(BasedSequence.of("# Title"), 0));
        assertTrue(CheapHeadingStarts.mayBeHeading(BasedSequence.of("----  \n"), 0));
        assertTrue(CheapHeadingStarts.mayBeHeading(BasedSequence.of("  ===\r\n"), 2));
        assertFalse(CheapHeadingStarts.mayBeHeading(BasedSequence.of("--- x"), 0));
    }

    @Test
    void headingsStillEndParagraphsAndTablesStillParse() {
        Document d = md("Title\n=====\n\nSub\n---\n\ntext\n# ATX\n\n| a | b |\n|---|---|\n| x | y |\n");
        assertEquals(3, d.sections().stream().mapToInt(s -> 1 + s.children().size()).sum());
        assertEquals(1, d.tables().size());
        assertEquals(2, d.tables().get(0).rows().size());
    }

    @Test
    void aBlockWithALongRunOfCombiningMarksGetsNoAutolinks() {
        String zalgo = "e" + "\u0301".repeat(GuardedAutolinks.MAX_MARK_RUN + 1);
        assertTrue(md(zalgo + " https://example.com/a\n\nSee https://example.com/b\n").links().stream()
                .map(Link::destination).toList().equals(java.util.List.of("https://example.com/b")));
        // a few accents on a letter are writing, not decoration
        assertEquals(1, md("Cafe\u0301\u0301 https://example.com/c\n").links().size());
        assertTrue(GuardedAutolinks.longMarkRun("e" + "&#x301;".repeat(GuardedAutolinks.MAX_MARK_RUN + 1)));
        assertFalse(GuardedAutolinks.longMarkRun("e" + "\u0301".repeat(GuardedAutolinks.MAX_MARK_RUN) + "x"));
    }

    @Test
    void aTwentyThousandColumnTableIsReportedAsWideAndTheRestIsStillMarkdown() {
        int n = 20_000;
        String table = "| " + String.join(" | ", java.util.Collections.nCopies(n, "head")) + " |\n| "
                + String.join(" | ", java.util.Collections.nCopies(n, "---")) + " |\n| "
                + String.join(" | ", java.util.Collections.nCopies(n, "cell")) + " |\n";
        Document d = md("# Title\n\n" + table + "\nAfter *the* table.\n");
        assertEquals(1, d.issues().size(), d.issues().toString());
        ParseIssue issue = d.issues().get(0);
        assertEquals("contentlint/parse-error", issue.ruleId());
        assertEquals("This table has 20000 columns, more than 256 can be parsed: the file's tables were read as "
                + "paragraphs. Split the table into narrower ones.", issue.message());
        assertEquals(4, d.location(issue.span()).line(), "the delimiter row");
        assertEquals("Title", d.sections().get(0).title(), "the file is still read as Markdown");
        assertTrue(d.prose().stream().anyMatch(b -> b.text().equals("After the table.")));
        assertTrue(md("| a | b |\n|---|---|\n| x | y |\n").issues().isEmpty());
    }

    @Test
    void linkLabelsEndWhereFlexmarksExpressionEnds() {
        java.util.regex.Pattern expression = new com.vladsch.flexmark.ast.util.Parsing(new MutableDataSet()).LINK_LABEL;
        java.util.Random random = new java.util.Random(15);
        String alphabet = "[]\\a! ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "[" : "");
            for (int n = random.nextInt(14); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertSameEnd(expression, sb.toString());
        }
        // around the expression's limit of 999 characters and escapes
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder("[");
            for (int n = 990 + random.nextInt(1020); n > 0; n--) sb.append(random.nextInt(6) == 0 ? alphabet.charAt(random.nextInt(4)) : 'a');
            assertSameEnd(expression, sb.toString());
        }
    }

    /** {@code s}, failing when read more than ten times its length in all. */
    private static CharSequence readAtMostTenTimes(String s) {
        int[] reads = {0};
        return new CharSequence() {
            @Override public int length() { return s.length(); }
            @Override public char charAt(int i) {
                if (++reads[0] > 10 * s.length()) throw new AssertionError("read " + reads[0] + " characters of " + s.length());
                return s.charAt(i);
            }
            @Override public CharSequence subSequence(int a, int b) { return s.subSequence(a, b); }
        };
    }

    private static void assertSameEnd(java.util.regex.Pattern expression, String s) {
        java.util.regex.Matcher m = expression.matcher(s);
        int expected = m.find() ? m.end() : -1;
        assertEquals(expected, LinkLabels.end(s, 0, s.length()), s);
    }

    @Test
    void aLabelOfManyBackslashesIsReadInLinearTime() {
        // No reading of the backslashes ends these labels: the expression tried 2^30 readings and more.
        assertEquals(-1, LinkLabels.end(readAtMostTenTimes("[ " + "\\".repeat(60) + "x[]"), 0, 65));
        String full = "[" + "a".repeat(LinkLabels.MAX_UNITS - 1) + "\\".repeat(60) + "]";
        assertEquals(-1, LinkLabels.end(readAtMostTenTimes(full), 0, full.length()), "past the limit of units");
        String closed = "[ " + "\\".repeat(61) + "] x";
        assertEquals(closed.indexOf(']') + 1, LinkLabels.end(closed, 0, closed.length()));
        Document d = md("- [ " + "\\".repeat(110) + "\\] task\n");
        assertEquals(List.of(), DocumentInvariants.violations(d));
    }
}
