package dev.contentlint.rules.structure;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.HtmlElements;
import dev.contentlint.core.document.Image;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.document.Table;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds headings with no content before the next heading of the same or a higher level. */
@RuleInfo(id = "structure/empty-section", summary = "Headings should have content before the next heading",
        severity = Severity.WARNING, category = Category.STRUCTURE)
public final class EmptySectionRule implements Rule {
    /** Elements that are content even when they hold no prose. */
    private static final Set<String> CONTENT_ELEMENTS = Set.of("pre", "code", "kbd", "samp", "img", "picture", "svg",
            "math", "table", "video", "audio", "iframe", "object", "embed", "canvas", "form", "input", "select",
            "textarea", "button");

    /**
     * Text blocks of the HTML view; their text counts even when it is not prose, such as a Markdown
     * paragraph holding only a template shortcode, which renders content when the site is built.
     */
    private static final Set<String> TEXT_ELEMENTS =
            Set.of("p", "li", "dt", "dd", "blockquote", "figcaption", "caption", "td", "th");

    private static final Set<ProseBlock.MarkupKind> CONTENT_MARKUP =
            Set.of(ProseBlock.MarkupKind.CODE, ProseBlock.MarkupKind.URL, ProseBlock.MarkupKind.TEMPLATE,
                    ProseBlock.MarkupKind.FOREIGN);

    /** Containers that can hold a titled box (a warning, an example) inside a section. */
    private static final Set<String> BOXES = Set.of("div", "aside", "blockquote", "figure", "details");

    @Override
    public void check(Document document, RuleContext context) {
        int[] content = contentStarts(document);
        Map<Integer, Element> headings = new HashMap<>();
        if (document.format() == Format.HTML)
            for (Element h : HtmlElements.of(document).named("h1", "h2", "h3", "h4", "h5", "h6")) headings.put(document.spanOf(h).start(), h);
        for (Section section : document.sections()) visit(section, content, headings, context);
    }

    /** Reports the empty sections in this subtree; returns whether the section has content. */
    private static boolean visit(Section section, int[] content, Map<Integer, Element> headings, RuleContext context) {
        boolean hasContent = containsAny(section.body(), content);
        for (Section child : section.children())
            hasContent |= visit(child, content, headings, context);
        if (!hasContent) hasContent = opensTitledBox(headings.get(section.heading().start()));
        if (!hasContent) hasContent = namesEntry(section);
        // A heading followed only by subheadings that are themselves empty is empty too.
        if (!hasContent && section.level() > 0) context.report(section.heading(), message(section));
        return hasContent;
    }

    /**
     * Whether an HTML heading is followed, in the same parent, by a box that opens with its own heading
     * and then holds text ({@code <h3>Summary</h3><div class="warning"><h3>Warning</h3><p>...}): the box
     * belongs to this section even though its heading ends the section in the outline. A box in another
     * parent is a wrapper of the next section instead.
     */
    private static boolean opensTitledBox(Element heading) {
        if (heading == null) return false;
        Element box = heading.nextElementSibling();
        if (box == null || !BOXES.contains(box.normalName())) return false;
        Element first = box.firstElementChild();
        if (first == null || !first.normalName().matches("h[1-6]")) return false;
        Element rest = box.clone();
        rest.select("h1, h2, h3, h4, h5, h6").remove();
        return visible(rest.text()) || !rest.select(String.join(", ", CONTENT_ELEMENTS)).isEmpty();
    }

    /**
     * Whether the heading is an entry of a reference list rather than a title: one qualified name
     * ({@code ### System.IO.FileInfo}, {@code ### Foo::Bar[]}), a signature ({@code #### ForEach(string name)}) or
     * "None". Reference pages list the types a command takes or returns, and a method's overloads, as headings,
     * one a line; the heading is the entry, so a parent section (INPUTS, OUTPUTS) holding only entries is not
     * empty either.
     */
    private static boolean namesEntry(Section section) {
        String title = section.title() == null ? "" : section.title().strip();
        return QUALIFIED_NAME.matcher(title).matches() || SIGNATURE.matcher(title).matches()
                || title.equalsIgnoreCase("none");
    }

    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "`?[A-Za-z_][\\w`]*(?:(?:\\.|::)[A-Za-z_][\\w`]*)+(?:\\[\\])?`?");
    private static final Pattern SIGNATURE = Pattern.compile("`?[A-Za-z_][\\w.:]*\\([^()]*\\)`?");

    private static String message(Section section) {
        String title = section.title() == null ? "" : section.title().strip().replaceAll("\\s+", " ");
        String name = title.isEmpty() ? "A section with an empty heading" : "Section \"" + title + "\"";
        return name + " is empty: add content or remove the heading.";
    }

    private static boolean containsAny(Span body, int[] sortedStarts) {
        if (body.length() == 0) return false;
        int i = Arrays.binarySearch(sortedStarts, body.start());
        if (i < 0) i = -i - 1;
        return i < sortedStarts.length && sortedStarts[i] < body.end();
    }

    /** Start offsets of everything that counts as content: prose, images, tables, code, media, forms. */
    private static int[] contentStarts(Document document) {
        List<Integer> starts = new ArrayList<>();
        for (ProseBlock block : document.prose()) {
            if (block.kind() == ProseBlock.Kind.HEADING) continue;
            boolean markupContent = block.markup().stream().anyMatch(m -> CONTENT_MARKUP.contains(m.kind()));
            if (visible(block.text()) || markupContent) starts.add(block.span().start());
        }
        for (Image image : document.images()) starts.add(image.span().start());
        for (Table table : document.tables()) starts.add(table.span().start());
        if (document.format() == Format.HTML) {
            for (Element e : HtmlElements.of(document).all()) {
                boolean content = CONTENT_ELEMENTS.contains(e.normalName())
                        || TEXT_ELEMENTS.contains(e.normalName()) && visible(e.text());
                if (content) starts.add(document.spanOf(e).start());
                // Template syntax standing between blocks ({% include %}, {{> partial }}) renders content.
                for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                    Span span = document.spanOf(t);
                    Matcher m = TEMPLATE_TAG.matcher(t.getWholeText());
                    // where the tag stands, not where the text node's leading line break does
                    if (span != null && m.find()) starts.add(Math.min(span.start() + m.start(), Math.max(span.start(), span.end() - 1)));
                }
            }
        }
        // Markdown is judged on its syntax tree: rendering the HTML view just for this rule cost a quarter
        // of a corpus run.
        if (document.markdown() != null) addMarkdownBlocks(document.markdown(), starts);
        return starts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Whether text shows anything: no-break and zero-width spaces alone show nothing. */
    private static boolean visible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!blank(c)) return true;
        }
        return false;
    }

    /**
     * Blocks that are content whether or not they hold prose: code, tables, a paragraph of only a template
     * shortcode (it renders content when the site is built), and raw HTML showing text or media.
     */
    private static void addMarkdownBlocks(Node root, List<Integer> starts) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof TableBlock
                        || child instanceof Paragraph && showsText(child.getChars())
                        || child instanceof HtmlBlock && htmlShowsSomething(child.getChars().toString()))
                    starts.add(child.getStartOffset());
                else if (!(child instanceof Paragraph)) stack.push(child);
            }
        }
    }

    /** Whether Markdown paragraph source shows anything: blank entities such as {@code &nbsp;} show nothing. */
    private static boolean showsText(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '&') {
                Matcher m = BLANK_ENTITY.matcher(chars).region(i, chars.length());
                if (m.lookingAt()) { i = m.end() - 1; continue; }
                return true;
            }
            if (!blank(c)) return true;
        }
        return false;
    }

    /** Whitespace, and the no-break and zero-width spaces that render as nothing. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    private static boolean htmlShowsSomething(String html) {
        if (CONTENT_TAG.matcher(html).find()) return true;
        return visible(TAG_OR_COMMENT.matcher(html).replaceAll(""));
    }

    private static final Pattern CONTENT_TAG = Pattern.compile("<(?:" + String.join("|", new TreeSet<>(CONTENT_ELEMENTS))
            + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Entities that render as blank space: a paragraph of only these shows nothing. */
    private static final Pattern BLANK_ENTITY = Pattern.compile(
            "&(?:nbsp|ZeroWidthSpace|zwnj|zwj|#160|#x0*a0|#8203|#x0*200b);", Pattern.CASE_INSENSITIVE);
    /** A template tag of Liquid, Nunjucks, Handlebars or Hugo: {@code {{ … }}} or {@code {% … %}}. */
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern TAG_OR_COMMENT = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
}
