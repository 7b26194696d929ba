package dev.contentlint.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** structure/empty-section reports at the heading, and only where a heading truly stands alone. */
class EmptySectionPositionsTest {
    private static final RuleTester TESTER = RuleTester.forRule("structure/empty-section");

    private static List<String> lines(String name, String text) {
        return TESTER.lint(name, text, Map.of()).stream()
                .map(f -> f.location().line() + ":" + f.location().column() + " " + f.message()).toList();
    }

    @Test
    void setextAndAtxHeadings() {
        assertEquals(List.of("4:1 Section \"Empty\" is empty: add content or remove the heading."),
                lines("a.md", "Title\n=====\n\nEmpty\n-----\n\n## Full\n\nText.\n"));
    }

    @Test
    void lastHeadingFollowedOnlyByWhitespace() {
        assertEquals(List.of("5:1 Section \"End\" is empty: add content or remove the heading."),
                lines("a.md", "# T\n\nText.\n\n## End\n\n   \n\t\n"));
    }

    @Test
    void contentBeforeTheFirstHeadingIsNotASection() {
        assertEquals(List.of(), lines("a.md", "Intro text.\n\n# T\n\nText.\n"));
    }

    @Test
    void codeOnlyAndListOnlySectionsHaveContent() {
        assertEquals(List.of(), lines("a.md", "# T\n\n## Code\n\n    x = 1\n\n## Inline code\n\n`x`\n\n## List\n\n- a\n"));
    }

    @Test
    void htmlHeadingsInsideSectionsWithCrlf() {
        assertEquals(List.of("4:1 Section \"About\" is empty: add content or remove the heading."),
                lines("a.html", "<html lang=\"en\"><body>\r\n<h1>T</h1>\r\n<p>x</p>\r\n<h2>About</h2>\r\n<div> </div>\r\n</body></html>\r\n"));
    }
}
