package dev.contentlint.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapeMakesTextSafeInContentAndInAttributesOfEitherQuote() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; é 😀", Html.escape("a <b> & \"c\" 'd' é 😀"));
        assertEquals("&amp;amp;", Html.escape("&amp;"), "text is escaped as written, references too");
    }

    @Test
    void escapeTextLeavesQuotes() {
        assertEquals("&lt;p class=\"x\"&gt;it's &amp; more", Html.escapeText("<p class=\"x\">it's & more"));
    }

    @Test
    void textWithoutMarkupIsReturnedAsItIs() {
        String plain = "Nothing to escape here, \"not\" even quotes in text.";
        assertSame(plain, Html.escapeText(plain));
        assertEquals("", Html.escape(""));
    }
}
