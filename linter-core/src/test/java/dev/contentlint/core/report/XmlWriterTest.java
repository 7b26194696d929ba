package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlWriterTest {
    @Test
    void escapesMarkupCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&apos;", XmlWriter.escapeText("&<>\"'"));
        assertEquals("a\nb\tc&#13;", XmlWriter.escapeText("a\nb\tc\r"));
        assertEquals("a&#10;b&#9;c&#13;", XmlWriter.escapeAttribute("a\nb\tc\r"));
    }

    @Test
    void dropsCharactersIllegalInXml10() {
        assertEquals("ab", XmlWriter.escapeText("a\u0000\u0001\u001fb"));
        assertEquals("xy", XmlWriter.escapeText("x\uD800y\uDC00"));
        assertEquals("x🙂y", XmlWriter.escapeText("x🙂\uFFFEy\uFFFF"));
        assertEquals("é\u0085", XmlWriter.escapeText("é\u0085"));
    }

    @Test
    void writesIndentedElementsThatParseBack() throws Exception {
        StringBuilder out = new StringBuilder();
        String nasty = "line1\nline2\r\n\ttab \"q\" 'a' <b> & \u0007 \uD800 🙂";
        XmlWriter x = new XmlWriter(out).declaration();
        x.start("root").attribute("a", nasty);
        x.start("empty").end();
        x.start("text").text(nasty).end();
        x.end();
        x.finish();
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root a=\""
                + "line1&#10;line2&#13;&#10;&#9;tab &quot;q&quot; &apos;a&apos; &lt;b&gt; &amp;   🙂\">\n"
                + "  <empty/>\n"
                + "  <text>line1\nline2&#13;\n\ttab &quot;q&quot; &apos;a&apos; &lt;b&gt; &amp;   🙂</text>\n"
                + "</root>\n", out.toString());
        Document doc = XmlTestSupport.parse(out.toString());
        Element root = doc.getDocumentElement();
        assertEquals(XmlTestSupport.legalPart(nasty), root.getAttribute("a"));
        assertEquals(XmlTestSupport.legalPart(nasty), root.getElementsByTagName("text").item(0).getTextContent());
    }

    @Test
    void refusesMisuse() throws Exception {
        XmlWriter x = new XmlWriter(new StringBuilder());
        assertThrows(IllegalStateException.class, x::end);
        x.start("a").text("t");
        assertThrows(IllegalStateException.class, () -> x.attribute("late", "v"));
        assertThrows(IllegalStateException.class, x::finish);
    }
}
