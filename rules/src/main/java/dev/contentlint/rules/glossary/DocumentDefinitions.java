package dev.contentlint.rules.glossary;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import dev.contentlint.core.document.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What one document defines for itself: the entries of its glossary sections, and the acronyms it expands
 * (in prose, in {@code <abbr title>}, {@code <dfn>}, definition lists and Markdown abbreviations), each with
 * where it is first defined. Computed once per document and shared by the glossary rules.
 */
public final class DocumentDefinitions {
    /** Headings that open an in-document glossary when no option says otherwise. */
    public static final List<String> DEFAULT_HEADINGS =
            List.of("Glossary", "Important Terms", "Key Terms", "Definitions", "Terminology");

    /** {@code Term: definition}, {@code Term — definition}: a term of at most six words, then its definition. */
    private static final Pattern TERM_LINE = Pattern.compile(
            "^\\s*(?<term>[\\p{L}\\p{N}][^:\\n]{0,60}?)\\s*(?::|\\s[\\u2014\\u2013-])\\s+\\S");
    /** The path of a glossary page: {@code glossary.html}, {@code ../glossary/}, {@code /docs/glossary}. */
    static final Pattern GLOSSARY_PAGE = Pattern.compile("(?i)(^|/)glossary(\\.[a-z.]+|/|/index\\.[a-z.]+)?$");
    /** A trailing "(ABBR)" in a term heading. */
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("^(?<term>.+?)\\s*\\((?<abbr>[A-Z][A-Za-z0-9.]*)\\)$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,120})\\)");
    private static final Pattern LEADING_ACRONYM = Pattern.compile(
            "^\\s*[\"\\u201C'\\u2018]?([A-Z][A-Z0-9]*[A-Z0-9])(?:s|['\\u2019]s)?[\"\\u201D'\\u2019]?\\s*(?:[,;]|$)");
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("(?<=\\s)([A-Z][A-Z0-9]*[A-Z0-9])(?:s|['\\u2019]s)?\\s*$");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Z][A-Z0-9]*[A-Z0-9])(?:s|['\\u2019]s)?\\s*$");

    /** Where an in-document entry comes from. */
    public enum Kind { HEADING, DEFINITION_TERM, TERM_LINE }

    /**
     * One entry of an in-document glossary.
     *
     * @param term         the term as written
     * @param abbreviation an abbreviation written with it ("Term (ABBR)"), or null
     * @param at           where the term is written
     * @param definition   the source range of the entry: the term and its definition, up to the next entry
     * @param kind         how the entry is written
     */
    public record Entry(String term, String abbreviation, Span at, Span definition, Kind kind) {}

    private final List<Entry> entries;
    private final Map<String, Span> acronyms;
    private final List<Span> glossarySections;
    private final boolean glossaryPage;

    private DocumentDefinitions(List<Entry> entries, Map<String, Span> acronyms, List<Span> glossarySections,
                                boolean glossaryPage) {
        this.glossaryPage = glossaryPage;
        this.entries = List.copyOf(entries);
        this.acronyms = java.util.Collections.unmodifiableMap(acronyms);
        this.glossarySections = List.copyOf(glossarySections);
    }

    /** The definitions of {@code document}, computed once per document and heading list. */
    public static DocumentDefinitions of(Document document, List<String> glossaryHeadings) {
        List<String> headings = glossaryHeadings.stream().map(DocumentDefinitions::normalizeHeading).toList();
        return document.derived(List.of(DocumentDefinitions.class, headings), d -> compute(d, headings));
    }

    /** Entries of the document's glossary sections, in document order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Acronyms the document defines, each with the span of its first definition, in document order;
     * {@link Span#START} for definitions that hold for the whole page (glossary sections, definition lists,
     * Markdown abbreviations).
     */
    public Map<String, Span> acronyms() {
        return acronyms;
    }

    /**
     * Whether the page is a glossary itself (its glossary section is its level-1 heading, or holds nearly all of
     * its prose): its terms are meant for other pages, not for its own text.
     */
    public boolean isGlossaryPage() {
        return glossaryPage;
    }

    /** The source spans of the document's glossary sections. */
    public List<Span> glossarySections() {
        return glossarySections;
    }

    private static DocumentDefinitions compute(Document doc, List<String> headings) {
        List<Entry> entries = new ArrayList<>();
        List<Span> sections = new ArrayList<>();
        for (Section s : doc.allSections())
            if (s.level() > 0 && headings.contains(normalizeHeading(s.title()))
                    && sections.stream().noneMatch(o -> o.contains(s.span()))) {
                sections.add(s.span());
                entries.addAll(glossaryEntries(doc, s));
            }
        Map<String, Span> found = new java.util.TreeMap<>();
        for (Entry e : entries) {
            String t = e.term().replace(".", "");
            // A glossary section defines its terms for the whole page, wherever it stands.
            if (Acronyms.isAcronymLike(t)) first(found, t, Span.START);
            if (e.abbreviation() != null) first(found, e.abbreviation().replace(".", ""), Span.START);
        }
        for (ProseBlock b : doc.prose()) expansions(b, found);
        htmlDefinitions(doc, found);
        glossaryLinks(doc, found);
        markdownAbbreviations(doc, found);
        List<Map.Entry<String, Span>> ordered = new ArrayList<>(found.entrySet());
        ordered.sort((a, b) -> Integer.compare(a.getValue().start(), b.getValue().start()));
        Map<String, Span> acronyms = new LinkedHashMap<>();
        for (var e : ordered) acronyms.put(e.getKey(), e.getValue());
        return new DocumentDefinitions(entries, acronyms, sections, isGlossaryPage(doc, sections));
    }

    private static boolean isGlossaryPage(Document doc, List<Span> glossaries) {
        if (glossaries.isEmpty()) return false;
        for (Section s : doc.allSections())
            if (s.level() == 1 && glossaries.contains(s.span())) return true;
        long inside = 0, outside = 0;
        for (ProseBlock b : doc.prose()) {
            if (glossaries.stream().anyMatch(g -> g.contains(b.span()))) inside += b.text().length();
            else outside += b.text().length();
        }
        return outside * 5 < inside; // a line or two of introduction before the entries
    }

    private static void first(Map<String, Span> map, String acronym, Span at) {
        Span old = map.get(acronym);
        if (old == null || at.start() < old.start()) map.put(acronym, at);
    }

    static String normalizeHeading(String title) {
        // Final punctuation and anchor marks ("Glossary ¶", "Definitions:") are not part of the name.
        return withoutTrailingMarks(title.strip().replaceAll("[\\s\\u00A0]+", " ")).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code s} without its trailing characters that are neither letters, digits nor ')'. A backward scan: the
     * regular expression {@code [^\p{L}\p{N})]+$} retried from every start of a long run and was quadratic.
     */
    static String withoutTrailingMarks(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (Character.isLetter(cp) || isNumber(cp) || cp == ')') break;
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The entries of one glossary section: its sub-headings, definition terms and "Term: definition" lines. */
    private static List<Entry> glossaryEntries(Document doc, Section glossary) {
        record Start(String term, Span at, Kind kind) {}
        List<Start> starts = new ArrayList<>();
        for (Section child : descendants(glossary))
            starts.add(new Start(child.title(), child.heading(), Kind.HEADING));
        List<Span> childHeadings = descendants(glossary).stream().map(Section::heading).toList();
        for (ProseBlock b : doc.prose()) {
            if (!glossary.span().contains(b.span()) || b.span().start() < glossary.body().start()) continue;
            if (childHeadings.stream().anyMatch(h -> h.contains(b.span()) || b.span().contains(h))) continue;
            if (b.kind() == ProseBlock.Kind.DEFINITION_TERM && !b.text().isBlank()) {
                int lead = leading(b.text());
                starts.add(new Start(b.text().strip(), b.sourceSpan(lead, lead + b.text().strip().length()), Kind.DEFINITION_TERM));
            } else if (b.kind() == ProseBlock.Kind.PARAGRAPH || b.kind() == ProseBlock.Kind.LIST_ITEM) {
                Matcher m = TERM_LINE.matcher(b.text());
                if (m.find() && m.group("term").strip().split("\\s+").length <= 6)
                    starts.add(new Start(m.group("term").strip(), b.sourceSpan(m.start("term"), m.end("term")), Kind.TERM_LINE));
            }
        }
        starts.sort((a, b) -> Integer.compare(a.at().start(), b.at().start()));
        // A list item and the paragraph inside it are both prose blocks: one entry per position.
        java.util.Set<Integer> positions = new java.util.HashSet<>();
        starts.removeIf(st -> !positions.add(st.at().start()));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1).at().start() : glossary.span().end();
            if (s.kind() == Kind.HEADING) {
                Section sec = descendants(glossary).stream().filter(c -> c.heading().equals(s.at())).findFirst().orElse(null);
                if (sec != null && sec.children().isEmpty()) end = Math.max(end, sec.span().end());
                if (sec != null && !sec.children().isEmpty()) continue; // a group heading ("A", "B") is no term
            }
            String term = withoutTrailingMarks(s.term().replaceAll("[\\s\\u00A0]+", " ")).strip();
            String abbreviation = null;
            Matcher m = TRAILING_ABBREVIATION.matcher(term);
            if (m.matches() && Acronyms.isAcronymLike(m.group("abbr").replace(".", ""))) {
                term = m.group("term");
                abbreviation = m.group("abbr");
            }
            if (term.isEmpty()) continue;
            out.add(new Entry(term, abbreviation, s.at(), new Span(s.at().start(), Math.max(end, s.at().end())), s.kind()));
        }
        return out;
    }

    private static List<Section> descendants(Section s) {
        List<Section> out = new ArrayList<>();
        for (Section c : s.children()) {
            out.add(c);
            out.addAll(descendants(c));
        }
        return out;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** "Long Name (LN)" and "LN (Long Name)" in one prose block. */
    private static void expansions(ProseBlock b, Map<String, Span> found) {
        String text = b.text();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            Matcher lead = LEADING_ACRONYM.matcher(inside);
            if (!lead.find()) {
                // "Windows Preinstallation Environment (Windows PE)": a short name ending in the acronym.
                lead = TRAILING_ACRONYM.matcher(inside);
                if (!lead.find() || inside.strip().split("\\s+").length > 3) lead = null;
            }
            if (lead != null) {
                String acronym = lead.group(1);
                if (Acronyms.isAcronymLike(acronym)) {
                    int windowStart = wordsBefore(text, m.start(), acronym.length() + 5);
                    String before = text.substring(windowStart, m.start());
                    if (Acronyms.expansionStart(acronym, before.stripTrailing()) >= 0) {
                        first(found, acronym, b.sourceSpan(m.start(1) + lead.start(1), m.start(1) + lead.end(1)));
                        continue;
                    }
                }
            }
            Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
            if (word.find()) {
                String acronym = word.group(1);
                if (Acronyms.isAcronymLike(acronym) && Acronyms.expansionStart(acronym, firstClause(inside)) == 0) {
                    int at = Math.max(0, m.start() - 20) + word.start(1);
                    first(found, acronym, b.sourceSpan(at, at + acronym.length()));
                }
            }
        }
    }

    /** The start of the {@code n}th word before {@code end}, not crossing a sentence end. */
    private static int wordsBefore(String text, int end, int n) {
        int i = end;
        int words = 0;
        while (i > 0 && words < n) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
            if (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '(' || text.charAt(i - 1) == ')')) break;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(' && text.charAt(i - 1) != ')') i--;
            words++;
        }
        return i;
    }

    /** "Long Name, see below" → "Long Name": an expansion in parentheses ends at the first comma or semicolon. */
    private static String firstClause(String inside) {
        String s = inside.strip();
        for (String lead : List.of("short for ", "i.e. ", "i.e., ", "or ", "aka ", "a.k.a. ")) {
            if (s.toLowerCase(Locale.ROOT).startsWith(lead)) s = s.substring(lead.length());
        }
        int cut = s.length();
        for (char c : new char[] {',', ';', ':'}) {
            int at = s.indexOf(c);
            if (at >= 0) cut = Math.min(cut, at);
        }
        return s.substring(0, cut).strip();
    }

    /** The elements that can define a term; read from the page's shared element list rather than by a query of the whole tree. */
    private static final org.jsoup.select.Evaluator DEFINING =
            org.jsoup.select.QueryParser.parse("abbr[title], acronym[title], dfn, dt");

    /** Whether {@code text} holds {@code <abbr}, {@code <dfn}, {@code <dt} or {@code <acronym} in any case. */
    private static boolean opensDefiningElement(String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1))
            for (String name : DEFINING_NAMES) if (text.regionMatches(true, i + 1, name, 0, name.length())) return true;
        return false;
    }

    private static final List<String> DEFINING_NAMES = List.of("abbr", "dfn", "dt", "acronym");

    private static void htmlDefinitions(Document doc, Map<String, Span> found) {
        if (doc.format() == dev.contentlint.core.document.Format.MARKDOWN) {
            // Markdown definition lists are prose blocks already; the HTML view, costly to build, is needed only
            // for raw HTML that can define something.
            for (ProseBlock b : doc.prose()) {
                String t = b.text().strip().replace(".", "");
                if (b.kind() == ProseBlock.Kind.DEFINITION_TERM && Acronyms.isAcronymLike(t)) first(found, t, Span.START);
            }
            if (!opensDefiningElement(doc.text())) return;
        }
        if (doc.html() == null) return;
        for (Element e : dev.contentlint.core.document.HtmlElements.of(doc).named("abbr", "acronym", "dfn", "dt")) {
            if (!e.is(DEFINING)) continue;
            String text = e.text().strip().replace(".", "");
            String title = e.attr("title").strip();
            if (!Acronyms.isAcronymLike(text)) {
                // <dfn title="HTML">HyperText Markup Language</dfn> defines the abbreviation in the title.
                if (e.tagName().equals("dfn") && Acronyms.isAcronymLike(title)) first(found, title, doc.spanOf(e));
                continue;
            }
            if (e.tagName().equals("abbr") || e.tagName().equals("acronym")) {
                if (!title.isEmpty()) first(found, text, doc.spanOf(e));
            } else if (e.tagName().equals("dt")) {
                first(found, text, Span.START); // a definition list is a glossary for the whole page
            } else {
                first(found, text, doc.spanOf(e));
            }
        }
    }

    /** A link into the glossary ("MIME type" linked to glossary.html#mime-type) explains the acronyms in its text. */
    private static void glossaryLinks(Document doc, Map<String, Span> found) {
        for (dev.contentlint.core.document.Link link : doc.links()) {
            String dest = link.destination();
            int cut = dest.indexOf('#');
            String path = cut < 0 ? dest : dest.substring(0, cut);
            if (!GLOSSARY_PAGE.matcher(path).find()) continue;
            for (Acronyms.Token t : Acronyms.find(link.text())) first(found, t.acronym(), link.span());
        }
    }

    private static void markdownAbbreviations(Document doc, Map<String, Span> found) {
        if (doc.markdown() == null) return;
        collectAbbreviations(doc.markdown(), found);
    }

    private static void collectAbbreviations(Node node, Map<String, Span> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof AbbreviationBlock a) {
                String text = a.getText().toString().strip();
                if (Acronyms.isAcronymLike(text.replace(".", "")) && !a.getAbbreviation().isBlank())
                    first(found, text.replace(".", ""), Span.START); // Markdown abbreviations apply to the whole page
            } else {
                collectAbbreviations(n, found);
            }
        }
    }
}
