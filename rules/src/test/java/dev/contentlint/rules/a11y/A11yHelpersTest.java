package dev.contentlint.rules.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The helpers behind the accessibility rules: names, hidden content, language tags and word matching. */
class A11yHelpersTest {
    private static Element first(String html, String css) {
        return Jsoup.parse(html).selectFirst(css);
    }

    @Test
    void nameFollowsTheAccnameOrder() {
        assertEquals("Ref", AccessibleName.of(first("<span id=r>Ref</span><a href=x aria-labelledby=r aria-label=L>T</a>", "a")));
        assertEquals("L", AccessibleName.of(first("<a href=x aria-label=L>T</a>", "a")));
        assertEquals("Logo", AccessibleName.of(first("<a href=x><img src=a alt=Logo></a>", "a")));
        assertEquals("Hi there", AccessibleName.of(first("<button>Hi <span hidden>x</span><b>there</b></button>", "button")));
        assertEquals("Tip", AccessibleName.of(first("<a href=x title=Tip></a>", "a")));
    }

    @Test
    void labelsNameTheirControlsWithEmbeddedValues() {
        assertEquals("Email", AccessibleName.of(first("<label for=e>Email</label><input id=e>", "input")));
        assertEquals("Size", AccessibleName.of(first("<label>Size <select><option>S<option selected>M</select></label>", "select")));
        assertEquals("Buy 2 tickets", AccessibleName.of(first(
                "<button>Buy <select><option>1<option selected>2</select> tickets</button>", "button")));
        assertEquals("Search", AccessibleName.of(first("<input placeholder=Search>", "input")));
        assertEquals("Submit", AccessibleName.of(first("<input type=submit>", "input")));
    }

    @Test
    void hiddenReadsInlineStyleAndAttributes() {
        assertTrue(Hidden.isHidden(first("<div style='color:red; DISPLAY: none !important'><p>x</p></div>", "p")));
        assertTrue(Hidden.isHidden(first("<div aria-hidden=true><p>x</p></div>", "p")));
        assertTrue(Hidden.isNotRendered(first("<p hidden>x</p>", "p")));
        assertFalse(Hidden.isHidden(first("<p style='display:block'>x</p>", "p")));
        assertFalse(Hidden.isNotRendered(first("<div aria-hidden=true><p>x</p></div>", "p")));
    }

    @Test
    void presentationalRoleIsIgnoredOnFocusableElements() {
        assertEquals("presentation", AccessibleName.role(first("<img src=a alt=''>", "img")));
        assertEquals("img", AccessibleName.role(first("<img src=a role=none tabindex=0>", "img")));
        assertEquals("button", AccessibleName.role(first("<button role=none>x</button>", "button")));
    }

    @Test
    void languageTagsNeedAKnownPrimaryLanguage() {
        assertNull(LanguageTags.problem("en"));
        assertNull(LanguageTags.problem("EN-us"));
        assertNull(LanguageTags.problem("yue-HK"));
        assertTrue(LanguageTags.problem("eng").contains("'en'"));
        assertTrue(LanguageTags.problem("english").contains("not a language code"));
        assertTrue(LanguageTags.problem("en_US").contains("not a language tag"));
        assertTrue(LanguageTags.problem("xx").contains("'xx'"));
        assertTrue(LanguageTags.problem("i-lux") != null);
    }

    @Test
    void labelWordsMatchInOrderIgnoringPunctuation() {
        assertEquals(List.of("submit"), LabelInNameRule.words(">> ** Submit ** <<"));
        assertTrue(LabelInNameRule.contains(LabelInNameRule.words("Next page of results"), LabelInNameRule.words("Next page")));
        assertFalse(LabelInNameRule.contains(LabelInNameRule.words("Download the specification"),
                LabelInNameRule.words("Download specification")));
        assertTrue(LabelInNameRule.contains(LabelInNameRule.words("University Avenue"), LabelInNameRule.words("University Ave.")));
        assertFalse(LabelInNameRule.contains(LabelInNameRule.words("Discover Italy"), LabelInNameRule.words("Discover It")));
    }

    @Test
    void suspiciousAltTexts() {
        assertTrue(ImageAltSuspiciousRule.problem("DSC_0042").contains("file name"));
        assertTrue(ImageAltSuspiciousRule.problem("logo.PNG").contains("file name"));
        assertTrue(ImageAltSuspiciousRule.problem("Image of a cat").contains("starts with"));
        assertNull(ImageAltSuspiciousRule.problem("A cat asleep on a keyboard"));
        assertNull(ImageAltSuspiciousRule.problem("Nyhavn"));
    }

    @Test
    void includedSnippetsAreNotPages() {
        assertTrue(PageHeadingRule.isPartial("content/en/_includes/note.md"));
        assertTrue(PageHeadingRule.isPartial("reference/includes/windows-support.md"));
        assertTrue(PageHeadingRule.isPartial("docs/_footer.md"));
        assertFalse(PageHeadingRule.isPartial("content/en/blog/_index.md"));
        assertFalse(PageHeadingRule.isPartial("docs/includes.md"));
    }
}
