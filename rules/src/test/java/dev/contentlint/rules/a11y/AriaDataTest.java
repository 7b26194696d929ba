package dev.contentlint.rules.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The ARIA and HTML-AAM data files load, refer only to what they define, and give the roles the specs give. */
class AriaDataTest {
    private final AriaData aria = AriaData.get();

    private static Element first(String html, String selector) {
        Element e = Jsoup.parse(html).selectFirst(selector);
        assertNotNull(e, selector + " in " + html);
        return e;
    }

    @Test
    void everyRoleRefersToDefinedRolesAndAttributes() {
        assertTrue(aria.roles().size() > 120, "roles loaded: " + aria.roles().size());
        for (AriaData.Role r : aria.roles()) {
            String name = r.name();
            for (String c : r.context()) assertNotNull(aria.role(c), name + " context " + c);
            for (String o : r.owned())
                for (String part : o.split(">")) assertNotNull(aria.role(part), name + " owned " + o);
            for (String a : r.supported()) assertNotNull(aria.attribute(a), name + " supports " + a);
            for (String a : r.required())
                assertTrue(r.supported().contains(a) || aria.attribute(a).global(), name + " requires unsupported " + a);
            for (String a : r.prohibited()) assertNotNull(aria.attribute(a), name + " prohibits " + a);
        }
    }

    @Test
    void roleTableMatchesTheSpecOnSpotChecks() {
        assertTrue(aria.role("widget").isAbstract());
        assertFalse(aria.isConcreteRole("landmark"));
        assertTrue(aria.isConcreteRole("Button"));
        assertEquals(List.of("listitem"), aria.role("list").owned());
        assertTrue(aria.role("tab").context().contains("tablist"));
        assertTrue(aria.role("checkbox").required().contains("aria-checked"));
        assertTrue(aria.role("generic").prohibited().contains("aria-label"));
        assertTrue(aria.role("button").presentationalChildren());
        assertFalse(aria.role("link").presentationalChildren());
        assertEquals(aria.role("link").supported(), aria.role("doc-backlink").supported());
    }

    @Test
    void attributeValuesFollowTheirTypes() {
        assertTrue(aria.attribute("aria-pressed").accepts("Mixed"));
        assertFalse(aria.attribute("aria-pressed").accepts("yes"));
        assertTrue(aria.attribute("aria-valuenow").accepts("-1.5e3"));
        assertFalse(aria.attribute("aria-rowindex").accepts("2.5"));
        assertTrue(aria.attribute("aria-relevant").accepts("additions text"));
        assertFalse(aria.attribute("aria-relevant").accepts("text always"));
        assertFalse(aria.attribute("aria-activedescendant").accepts("a b"));
        assertTrue(aria.attribute("aria-label").global());
        assertFalse(aria.attribute("aria-checked").global());
        assertNull(aria.attribute("aria-role"));
    }

    @Test
    void implicitRolesFollowHtmlAam() {
        assertEquals("link", aria.role(first("<a href=x>a</a>", "a")));
        assertEquals("generic", aria.role(first("<a>a</a>", "a")));
        assertEquals("presentation", aria.role(first("<img src=x alt=''>", "img")));
        assertEquals("img", aria.role(first("<img src=x alt='Logo'>", "img")));
        assertEquals("checkbox", aria.role(first("<input type=CHECKBOX>", "input")));
        assertEquals("combobox", aria.role(first("<input list=l>", "input")));
        assertEquals("listbox", aria.role(first("<select size=4></select>", "select")));
        assertEquals("combobox", aria.role(first("<select></select>", "select")));
        assertEquals("banner", aria.role(first("<header>x</header>", "header")));
        assertEquals("generic", aria.role(first("<article><header>x</header></article>", "header")));
        assertEquals("region", aria.role(first("<section aria-label=x>y</section>", "section")));
        assertEquals("generic", aria.role(first("<section>y</section>", "section")));
        assertEquals("gridcell", aria.role(first("<table role=grid><tr><td>x</td></tr></table>", "td")));
        assertEquals("rowheader", aria.role(first("<table><tr><th>h</th><td>x</td></tr></table>", "th")));
        assertEquals("columnheader", aria.role(first("<table><tr><th>h</th><th>x</th></tr></table>", "th")));
        assertNull(aria.role(first("<input type=password>", "input")));
        assertEquals("textbox", aria.attributeRole(first("<input type=password>", "input")));
        assertNull(aria.role(first("<video src=x></video>", "video")));
    }

    @Test
    void explicitRolesTakeTheFirstConcreteTokenAndYieldToConflicts() {
        assertEquals("switch", aria.role(first("<div role='toggle Switch checkbox'>x</div>", "div")));
        assertNull(aria.explicitRole(first("<div role='widget'>x</div>", "div")));
        assertEquals("none", aria.role(first("<img src=x alt='' role=none>", "img")));
        assertEquals("button", aria.role(first("<button role=none>x</button>", "button")));
        assertEquals("navigation", aria.role(first("<nav role=presentation aria-label=x>y</nav>", "nav")));
    }

    @Test
    void focusFollowsTheSource() {
        assertTrue(Focusable.inSequentialNavigation(first("<a href=x>a</a>", "a")));
        assertFalse(Focusable.isFocusable(first("<a>a</a>", "a")));
        assertTrue(Focusable.isFocusable(first("<div tabindex=-1>a</div>", "div")));
        assertFalse(Focusable.inSequentialNavigation(first("<div tabindex=-1>a</div>", "div")));
        assertFalse(Focusable.isFocusable(first("<fieldset disabled><input></fieldset>", "input")));
        assertTrue(Focusable.isFocusable(first("<fieldset disabled><legend><input></legend></fieldset>", "input")));
        assertFalse(Focusable.isFocusable(first("<div style='display: none'><button>b</button></div>", "button")));
        assertFalse(Focusable.isFocusable(first("<div inert><button>b</button></div>", "button")));
        assertFalse(Focusable.isFocusable(first("<details><summary>s</summary><a href=x>a</a></details>", "a")));
        assertTrue(Focusable.isFocusable(first("<details><summary>s</summary></details>", "summary")));
        assertTrue(Focusable.isFocusable(first("<div contenteditable>x</div>", "div")));
        assertFalse(Focusable.isFocusable(first("<input type=hidden>", "input")));
        assertTrue(Focusable.isFocusable(first("<video controls></video>", "video")));
    }
}
