package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.block;
import static dev.contentlint.core.document.Docs.html;
import static dev.contentlint.core.document.Docs.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys, sample output, variables and text in another language stand in the prose as markup, not as words. */
class NonProseMarkupTest {

    private static List<ProseBlock.MarkupKind> kinds(ProseBlock b) {
        return b.markup().stream().map(ProseBlock.Markup::kind).toList();
    }

    private static ProseBlock.Markup first(ProseBlock b, ProseBlock.MarkupKind kind) {
        return b.markup().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void htmlKeysSamplesAndVariablesAreCode() {
        String src = "<p>Press <kbd>Ctrl+Shift+T</kbd>, type <var>name</var> and read <samp>OK</samp>.</p>";
        ProseBlock p = block(html(src), "Press");
        assertEquals("Press , type and read .", p.text());
        assertEquals(3, kinds(p).stream().filter(k -> k == ProseBlock.MarkupKind.CODE).count());
        ProseBlock.Markup kbd = first(p, ProseBlock.MarkupKind.CODE);
        assertEquals(src.indexOf("<kbd>"), kbd.source().start());
        assertEquals(src.indexOf("</kbd>") + "</kbd>".length(), kbd.source().end());
    }

    @Test
    void markdownRawKeysAndVariablesAreOneCodeRunEach() {
        String src = "Press <kbd>Ctrl</kbd>+<kbd>Shift+T</kbd> to reopen <var>tab</var> now.\n";
        ProseBlock p = block(md(src), "Press");
        assertEquals("Press + to reopen  now.", p.text());
        List<ProseBlock.Markup> code = p.markup().stream().filter(m -> m.kind() == ProseBlock.MarkupKind.CODE).toList();
        assertEquals(3, code.size());
        assertEquals(src.indexOf("<kbd>"), code.get(0).source().start());
        assertEquals(src.indexOf("</kbd>+") + "</kbd>".length(), code.get(0).source().end());
        assertEquals(p.text().indexOf('+'), code.get(0).textIndex());
    }

    @Test
    void codeAfterALineBreakKeepsTheSpaceBeforeIt() {
        String src = "<p>owned by\n<code>root</code>. And by <code>x</code> here.</p>";
        ProseBlock p = block(html(src), "owned");
        assertEquals("owned by\n. And by here.", p.text(), "the text is what it was; only where code stands moved");
        List<ProseBlock.Markup> code = p.markup().stream().filter(m -> m.kind() == ProseBlock.MarkupKind.CODE).toList();
        assertEquals("owned by\n".length(), code.get(0).textIndex(), "the code stands after the line break");
        assertEquals("owned by\n. And by ".length(), code.get(1).textIndex());
    }

    @Test
    void aWhitespaceRunAroundCodeStaysOneCharacterAndKeepsItsLineBreak() {
        ProseBlock p = block(html("<p>and <code>c</code>\n  more</p>"), "and");
        assertEquals("and\nmore", p.text());
        assertEquals(4, first(p, ProseBlock.MarkupKind.CODE).textIndex());
    }

    @Test
    void languageSwitcherLinksAreForeign() {
        String src = "<html lang=\"en\"><body><p>Available languages: <a href=\"../fr/\" hreflang=\"fr\">fr</a> |\n"
                + "<a href=\"../en/\" hreflang=\"en\">English</a> | <span lang=\"de\">Deutsch</span></p></body></html>";
        Document d = html(src);
        ProseBlock p = block(d, "Available");
        assertEquals("Available languages: |\nEnglish |", p.text());
        assertEquals(2, kinds(p).stream().filter(k -> k == ProseBlock.MarkupKind.FOREIGN).count());
        assertTrue(d.links().stream().anyMatch(l -> l.text().equals("fr")), "the link is still a link with its text");
    }

    @Test
    void aBlockInAnotherLanguageIsNotProseButItsNeighboursAre() {
        Document d = html("<html lang=\"en\"><body><p>English text.</p><p lang=\"fr\">Texte en français.</p>"
                + "<div lang=\"de\"><p>Deutscher Text.</p>lose</div><p lang=\"en-GB\">Colour.</p></body></html>");
        List<String> texts = d.prose().stream().map(ProseBlock::text).toList();
        assertEquals(List.of("English text.", "Colour."), texts);
    }

    @Test
    void withoutADeclaredLanguageOnlyInlineElementsMarkedWithOneAreForeign() {
        Document d = html("<p>Page text <i lang=\"la\">ad hoc</i> here.</p><div lang=\"fr\"><p>Texte de la page.</p></div>");
        assertEquals("Page text here.", block(d, "Page").text());
        assertEquals(1, kinds(block(d, "Page")).stream().filter(k -> k == ProseBlock.MarkupKind.FOREIGN).count());
        assertEquals("Texte de la page.", block(d, "Texte").text(), "a block declares the language of the page");
    }

    @Test
    void markdownInlineHtmlInAnotherLanguageIsForeignAndLinksKeepTheirText() {
        String src = "Read it in <a href=\"/fr/\" hreflang=\"fr\">français</a> or <span lang=\"de\">auf Deutsch</span>.\n";
        Document d = md(src);
        ProseBlock p = block(d, "Read");
        assertEquals("Read it in  or .", p.text());
        assertEquals(2, kinds(p).stream().filter(k -> k == ProseBlock.MarkupKind.FOREIGN).count());
        assertTrue(d.links().stream().anyMatch(l -> l.text().equals("français") && l.destination().equals("/fr/")),
                d.links().toString());
    }

    @Test
    void anUnclosedKeyEndsWithItsParagraph() {
        ProseBlock p = block(md("Press <kbd>Ctrl and go\n\nNext paragraph.\n"), "Press");
        assertEquals("Press", p.text());
        assertFalse(p.markup().isEmpty());
        assertEquals("Next paragraph.", block(md("Press <kbd>Ctrl and go\n\nNext paragraph.\n"), "Next").text());
    }
}
