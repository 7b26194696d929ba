package dev.contentlint.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads what rules need out of a jsoup tree parsed with position tracking: the source span of every
 * node, prose blocks, images, links, tables, comments and headings. Used for HTML files and for the raw
 * HTML blocks of Markdown, whose positions are shifted by where the block starts in the file.
 *
 * <p>Prose: {@code p}, {@code h1}–{@code h6}, {@code li}, {@code td}/{@code th}, {@code dt}/{@code dd},
 * {@code blockquote}, {@code figcaption}, {@code caption}, {@code summary} and {@code legend} each make a
 * block (a nested one of these makes its own block and is left out of the outer one); text standing
 * directly in containers such as {@code div} or {@code section} makes a paragraph per run between
 * block elements. Whitespace runs collapse to one space ('\n' when the run breaks a line), entities are
 * decoded and mapped to their '&amp;', and code, scripts, styles, templates, SVG and MathML are left out.
 * Text marked as another language than the one around it ({@code lang}, {@code xml:lang}, {@code hreflang}
 * on a link: see {@link #foreign}) is left out too: an inline element as {@link ProseBlock.MarkupKind#FOREIGN}
 * markup, a block with everything in it.
 */
final class HtmlExtractor {
    private static final Set<String> SKIPPED = Set.of("script", "style", "code", "pre", "kbd", "samp", "var", "template",
            "noscript", "svg", "math", "head", "title", "textarea", "select", "datalist", "iframe", "object",
            "video", "audio", "canvas");
    private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp", "var");
    private static final Map<String, ProseBlock.Kind> BLOCKS = Map.ofEntries(
            Map.entry("p", ProseBlock.Kind.PARAGRAPH), Map.entry("h1", ProseBlock.Kind.HEADING),
            Map.entry("h2", ProseBlock.Kind.HEADING), Map.entry("h3", ProseBlock.Kind.HEADING),
            Map.entry("h4", ProseBlock.Kind.HEADING), Map.entry("h5", ProseBlock.Kind.HEADING),
            Map.entry("h6", ProseBlock.Kind.HEADING), Map.entry("li", ProseBlock.Kind.LIST_ITEM),
            Map.entry("td", ProseBlock.Kind.TABLE_CELL), Map.entry("th", ProseBlock.Kind.TABLE_CELL),
            Map.entry("dt", ProseBlock.Kind.DEFINITION_TERM), Map.entry("dd", ProseBlock.Kind.DEFINITION),
            Map.entry("blockquote", ProseBlock.Kind.BLOCK_QUOTE), Map.entry("figcaption", ProseBlock.Kind.OTHER),
            Map.entry("caption", ProseBlock.Kind.OTHER), Map.entry("summary", ProseBlock.Kind.OTHER),
            Map.entry("legend", ProseBlock.Kind.OTHER));
    private static final Set<String> CONTAINERS = Set.of("html", "body", "div", "section", "article", "main",
            "header", "footer", "nav", "aside", "ul", "ol", "menu", "dl", "table", "thead", "tbody", "tfoot", "tr",
            "colgroup", "form", "fieldset", "figure", "address", "details", "dialog", "hgroup", "center", "search",
            "hr", "br");

    private final String source;
    private final int shift;
    private final TemplateRanges templates;

    final Map<Node, Span> spans = new IdentityHashMap<>();
    final List<ProseBlock> prose = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();
    final List<SectionBuilder.Heading> headings = new ArrayList<>();

    /**
     * @param source    the whole file's text
     * @param shift     where the parsed input starts in the file
     * @param templates template tags of the file
     */
    HtmlExtractor(String source, int shift, TemplateRanges templates) {
        this.source = source;
        this.shift = shift;
        this.templates = templates;
    }

    /** Extracts everything from the tree under {@code root}. */
    HtmlExtractor extract(Element root) {
        computeSpans(root);
        collectProse(root);
        prose.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return this;
    }

    Span span(Node n) {
        return spans.get(n);
    }

    private Span startTag(Node n) {
        Range r = n.sourceRange();
        if (!r.isTracked() || r.isImplicit() || r.startPos() < 0) return null;
        return new Span(r.startPos() + shift, Math.max(r.startPos(), r.endPos()) + shift);
    }

    private Span endTag(Element e) {
        Range r = e.endSourceRange();
        if (!r.isTracked() || r.isImplicit() || r.startPos() < 0) return null;
        return new Span(r.startPos() + shift, Math.max(r.startPos(), r.endPos()) + shift);
    }

    /** Spans bottom-up, so unclosed elements end where their last descendant ends; iterative for deep trees. */
    private void computeSpans(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Comment c) {
                    Span s = startTag(c);
                    // jsoup reads "<?xml ...?>" and other bogus markup as comments; only real ones count
                    if (s != null && source.startsWith("<!--", s.start())) comments.add(new Comment(c.getData(), s));
                }
            }

            @Override public void tail(Node node, int depth) {
                Span own = startTag(node);
                int start = own == null ? Integer.MAX_VALUE : own.start();
                int end = own == null ? -1 : own.end();
                for (int i = 0, n = node.childNodeSize(); i < n; i++) {
                    Span c = spans.get(node.childNode(i));
                    if (c == null) continue;
                    start = Math.min(start, c.start());
                    end = Math.max(end, c.end());
                }
                if (node instanceof Element e) {
                    Span close = endTag(e);
                    if (close != null) end = Math.max(end, close.end());
                }
                if (start != Integer.MAX_VALUE && end >= start) spans.put(node, new Span(start, end));
            }
        }, root);
    }

    private void collectProse(Element root) {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(root, new ProseBuilder(source, templates, true), ProseBlock.Kind.PARAGRAPH, true));
        List<Element> headingElements = new ArrayList<>();
        List<Element> tableElements = new ArrayList<>();
        Set<Element> foreignBlocks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                Frame f = frames.peek();
                if (node instanceof TextNode t) {
                    Range r = t.sourceRange();
                    if (r.isTracked() && r.startPos() >= 0) f.pb.appendHtml(r.startPos() + shift, r.endPos() + shift);
                    return FilterResult.CONTINUE;
                }
                if (node instanceof org.jsoup.nodes.Comment) {
                    Span s = spans.get(node);
                    if (s != null) f.pb.markup(s, ProseBlock.MarkupKind.COMMENT);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String name = e.normalName();
                onMedia(e, name, f);
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') headingElements.add(e);
                if (name.equals("table")) tableElements.add(e);
                if (e == root) return FilterResult.CONTINUE;
                if (SKIPPED.contains(name)) {
                    Span s = spans.get(e);
                    if (s != null) f.pb.markup(s, CODE.contains(name) ? ProseBlock.MarkupKind.CODE : ProseBlock.MarkupKind.TAG);
                    return FilterResult.SKIP_ENTIRELY;
                }
                ProseBlock.Kind kind = BLOCKS.get(name);
                // a container only gets a block of its own when it stands among other blocks
                boolean block = kind != null || CONTAINERS.contains(name) && f.anonymous;
                if (!block && foreign(e)) {
                    Span s = spans.get(e);
                    if (s != null) f.pb.markup(s, ProseBlock.MarkupKind.FOREIGN);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (kind != null) {
                    if (f.anonymous) flush(f);
                    frames.push(new Frame(e, new ProseBuilder(source, templates, true), kind, false));
                } else if (name.equals("br")) {
                    Span s = startTag(e);
                    if (s != null) f.pb.lineBreak(s.start(), s.end());
                } else if (CONTAINERS.contains(name)) {
                    if (f.anonymous) {
                        flush(f);
                        frames.push(new Frame(e, new ProseBuilder(source, templates, true), ProseBlock.Kind.PARAGRAPH, true));
                    }
                } else {
                    Span s = startTag(e);
                    if (s != null) f.pb.markup(s, ProseBlock.MarkupKind.TAG);
                }
                if (block && foreign(e)) {
                    foreignBlocks.add(e);
                    foreignDepth++;
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                Frame f = frames.peek();
                if (f.element == e) {
                    frames.pop();
                    emit(f);
                    if (!frames.isEmpty() && frames.peek().anonymous) frames.peek().pb = newBuilder();
                } else if (!BLOCKS.containsKey(e.normalName()) && !CONTAINERS.contains(e.normalName())) {
                    Span s = endTag(e);
                    if (s != null) f.pb.markup(s, ProseBlock.MarkupKind.TAG);
                }
                if (foreignBlocks.remove(e)) foreignDepth--;
                return FilterResult.CONTINUE;
            }
        }, root);
        while (!frames.isEmpty()) emit(frames.pop());
        for (Element h : headingElements) {
            Span s = spans.get(h);
            if (s != null) headings.add(new SectionBuilder.Heading(h.normalName().charAt(1) - '0', text(h), s));
        }
        for (Element t : tableElements) table(t);
    }

    /** Blocks in another language that the traversal is inside: their prose is not emitted. */
    private int foreignDepth;

    /**
     * Whether {@code e} declares another language than the one around it: its {@code lang} or
     * {@code xml:lang} (or, on a link, {@code hreflang}, whose text is then usually that language's name or
     * code) names another primary language than the nearest ancestor that declares one. An inline element
     * with no declaring ancestor counts as foreign (the page's own text is unmarked); a block with none
     * declares the language of the page and does not.
     */
    static boolean foreign(Element e) {
        String own = declared(e);
        if (own == null && e.normalName().equals("a")) own = primary(e.attr("hreflang"));
        if (own == null) return false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String around = declared(p);
            if (around != null) return !around.equals(own);
        }
        return !e.isBlock() && !BLOCKS.containsKey(e.normalName()) && !CONTAINERS.contains(e.normalName());
    }

    private static String declared(Element e) {
        String lang = primary(e.attr("lang"));
        return lang != null ? lang : primary(e.attr("xml:lang"));
    }

    /** The primary subtag of a language tag, lower case, or null when there is none. */
    private static String primary(String tag) {
        String t = tag.strip();
        if (t.isEmpty()) return null;
        int dash = t.indexOf('-');
        return (dash < 0 ? t : t.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    private ProseBuilder newBuilder() {
        return new ProseBuilder(source, templates, true);
    }

    private void flush(Frame f) {
        emit(f);
        f.pb = newBuilder();
    }

    private void emit(Frame f) {
        if (foreignDepth > 0) return;
        ProseBlock b = f.pb.build(f.kind, f.anonymous ? null : spans.get(f.element));
        if (b != null) prose.add(b);
    }

    private void onMedia(Element e, String name, Frame f) {
        switch (name) {
            case "img", "area" -> addImage(e, e.attr(name.equals("img") ? "src" : "href"), f);
            case "input" -> {
                if (e.attr("type").equalsIgnoreCase("image")) addImage(e, e.attr("src"), f);
            }
            case "a" -> {
                if (e.hasAttr("href")) {
                    Span s = spans.get(e);
                    if (s != null) links.add(new Link(e.attr("href"), text(e), s, e));
                }
            }
            default -> { }
        }
    }

    private void addImage(Element e, String src, Frame f) {
        Span s = spans.get(e);
        if (s == null) return;
        Attribute alt = e.attribute("alt");
        images.add(new Image(src, alt == null ? null : alt.getValue(), s, e));
        if (alt == null) return;
        Range.AttributeRange ar = alt.sourceRange();
        if (!ar.isTracked() || ar.valueRange().startPos() < 0) return;
        int vs = ar.valueRange().startPos() + shift, ve = ar.valueRange().endPos() + shift;
        if (ve > source.length() || vs > ve) return;
        ProseBuilder pb = newBuilder();
        pb.appendHtml(vs, ve);
        ProseBlock b = pb.build(ProseBlock.Kind.ALT_TEXT, new Span(vs, ve));
        if (b != null) prose.add(b);
    }

    private void table(Element t) {
        Span s = spans.get(t);
        if (s == null) return;
        List<Element> trs = new ArrayList<>();
        for (Element child : t.children()) {
            switch (child.normalName()) {
                case "tr" -> trs.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) if (tr.normalName().equals("tr")) trs.add(tr);
                }
                default -> { }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int header = 0;
        boolean leading = true;
        for (Element tr : trs) {
            List<String> cells = new ArrayList<>();
            boolean allTh = true;
            for (Element c : tr.children()) {
                if (!c.normalName().equals("td") && !c.normalName().equals("th")) continue;
                cells.add(text(c));
                if (!c.normalName().equals("th")) allTh = false;
            }
            boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
            if (leading && (inHead || allTh && !cells.isEmpty())) header++; else leading = false;
            rows.add(cells);
        }
        tables.add(new Table(s, header, rows, t));
    }

    /** Most nodes a text summary visits: nested links or headings must not make extraction quadratic. */
    private static final int TEXT_NODE_LIMIT = 2000;

    /** The normalised text of an element, as jsoup gives it, cut short in pathologically nested markup. */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        int[] visited = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (++visited[0] > TEXT_NODE_LIMIT) return FilterResult.STOP;
                if (node instanceof TextNode t) b.append(t.getWholeText());
                else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br")) && b.length() > 0) b.append(' ');
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return org.jsoup.internal.StringUtil.normaliseWhitespace(b.toString()).strip();
    }

    private static final class Frame {
        final Element element;
        ProseBuilder pb;
        final ProseBlock.Kind kind;
        final boolean anonymous;

        Frame(Element element, ProseBuilder pb, ProseBlock.Kind kind, boolean anonymous) {
            this.element = element;
            this.pb = pb;
            this.kind = kind;
            this.anonymous = anonymous;
        }
    }
}
