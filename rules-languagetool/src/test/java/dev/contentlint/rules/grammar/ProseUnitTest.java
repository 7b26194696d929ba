package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.document.ProseBlock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What LanguageTool reads for a prose block: code and names as one opaque word, positions kept. */
class ProseUnitTest {

    private static ProseUnit unit(String text, Format format, String word) {
        Document d = Parsers.parse(Path.of("doc"), "doc", text, format);
        for (ProseBlock b : d.prose()) if (b.text().contains(word)) return new ProseUnit(b, d.text());
        throw new AssertionError("no block holds " + word + ": " + d.prose());
    }

    /** The text LanguageTool reads: prose as it is, markup as what it is read as. */
    private static String reading(ProseUnit u) {
        StringBuilder b = new StringBuilder();
        for (ProseUnit.Part p : u.parts()) b.append(p.markup() ? p.interpretAs() : p.text());
        return b.toString();
    }

    /** Every character of the block's text is in exactly one part, in order. */
    private static void assertCoversText(ProseUnit u) {
        StringBuilder b = new StringBuilder();
        for (ProseUnit.Part p : u.parts()) b.append(p.text());
        assertEquals(u.text(), b.toString());
    }

    @Test
    void codeAtTheEndOfALineReadsAsAWordBeforeThePunctuation() {
        ProseUnit u = unit("<p>It should never be writable by anyone other than\n<code>root</code>.</p>", Format.HTML, "writable");
        assertEquals("It should never be writable by anyone other than Code.", reading(u));
        assertCoversText(u);
    }

    @Test
    void codeBetweenWordsReadsAsOneWordWithItsSpaces() {
        ProseUnit u = unit("You must also implement `Clone` to derive `Copy` for it.\n", Format.MARKDOWN, "implement");
        assertEquals("You must also implement Code to derive Code for it.", reading(u));
        ProseUnit k = unit("<p>Press <kbd>Ctrl+Shift+T</kbd> to reopen it.</p>", Format.HTML, "Press");
        assertEquals("Press Code to reopen it.", reading(k));
    }

    @Test
    void lettersWrittenAgainstCodeBelongToItsWord() {
        ProseUnit html = unit("<p>When both have <code>ScriptAlias</code>es declared, or several <code>Listen</code>ers.</p>",
                Format.HTML, "declared");
        assertEquals("When both have Codes declared, or several Codes.", reading(html));
        assertCoversText(html);
        ProseUnit var = unit("<p>Use the syntax ``<code>%{</code><em>varname</em><code>}</code>'' and file<var>N</var> here.</p>",
                Format.HTML, "syntax");
        assertEquals("Use the syntax ``Code'' and Code here.", reading(var));
        assertCoversText(var);
        ProseUnit md = unit("Both `Listen`ers and `a` `b` stay apart from `code` words.\n", Format.MARKDOWN, "Both");
        assertEquals("Both Codes and Code stay apart from Code words.", reading(md));
        assertCoversText(md);
    }

    @Test
    void namesWithDotsReadAsOneWord() {
        ProseUnit u = unit("Allowed in server config, directory, .htaccess files and on Libera.chat, e.g. .PNG or index.html.\n",
                Format.MARKDOWN, "Allowed");
        assertEquals("Allowed in server config, directory, Code files and on Code, e.g. Code or Code.", reading(u));
        assertCoversText(u);
        int at = u.text().indexOf(".htaccess");
        assertTrue(u.codeWithin(at, at + 1));
    }

    @Test
    void abbreviationsNumbersAndSentenceEndsAreNotNames() {
        assertFalse(ProseUnit.isName("e.g"));
        assertFalse(ProseUnit.isName("i.e"));
        assertFalse(ProseUnit.isName("2.4.1"));
        assertFalse(ProseUnit.isName("word"));
        assertTrue(ProseUnit.isName("mod_ssl.c"));
        assertTrue(ProseUnit.isName(".PNG"));
        ProseUnit u = unit("Version 2.4 adds it, i.e. the parser. See the U.S. page... and more.\n", Format.MARKDOWN, "Version");
        assertEquals(u.text(), reading(u));
    }

    @Test
    void symbolsWrittenAsNumericReferencesReadAsOneWord() {
        ProseUnit u = unit("<p>The bar ( &#x2581; ) marks a space; Tom &amp; Jerry &#8212; a pair.</p>", Format.HTML, "bar");
        assertEquals("The bar Code marks a space; Tom & Jerry \u2014 a pair.", reading(u), "the glyph with its brackets");
        ProseUnit alone = unit("<p>Press &#x2325; to type it.</p>", Format.HTML, "Press");
        assertEquals("Press Code to type it.", reading(alone));
        assertCoversText(u);
    }

    @Test
    void textInAnotherLanguageReadsAsOneWord() {
        ProseUnit u = unit("<html lang=\"en\"><p>Languages: <a href=\"/fr/\" hreflang=\"fr\">fr</a> | "
                + "<a href=\"/tr/\" hreflang=\"tr\">tr</a></p></html>", Format.HTML, "Languages");
        assertEquals("Languages: Code | Code", reading(u));
    }

    @Test
    void codeRunsThatMeetOrStandApartBySpacesReadAsOneWord() {
        ProseUnit u = unit("- Define an `AsJob` `[switch]` parameter for it.\n", Format.MARKDOWN, "Define");
        assertEquals("Define an Code parameter for it.", reading(u));
        assertCoversText(u);
        ProseUnit h = unit("<p>This is logged at <code><a href=\"#l\">LogLevel</a></code>\n<code>info</code>.</p>",
                Format.HTML, "logged");
        assertEquals("This is logged at Code.", reading(h));
        assertCoversText(h);
        ProseUnit call = unit("Set the `Name`(string input) property, then `Run` (twice).\n", Format.MARKDOWN, "Set");
        assertEquals("Set the Code property, then Code (twice).", reading(call));
        assertCoversText(call);
        ProseUnit apart = unit("Use `a`. `B` is next.\n", Format.MARKDOWN, "Use");
        assertEquals("Use Code. Code is next.", reading(apart));
    }

    @Test
    void listsOfGlyphsReadAsOneWordButAStrayCommaBetweenWordsStays() {
        ProseUnit u = unit("Do not use any of these characters: # , () {} [] & - $ ; : in names.\n", Format.MARKDOWN, "Do");
        assertEquals("Do not use any of these characters: Code in names.", reading(u));
        assertCoversText(u);
        ProseUnit cell = unit("<table><tr><td>Character other than ., [, ^, *, $, or \\</td></tr></table>", Format.HTML, "Character");
        assertEquals("Character other than Code or \\", reading(cell));
        ProseUnit typo = unit("It allows remote access , use the command.\n", Format.MARKDOWN, "allows");
        assertEquals(typo.text(), reading(typo), "one comma between words is punctuation, and may be a mistake");
    }
}
