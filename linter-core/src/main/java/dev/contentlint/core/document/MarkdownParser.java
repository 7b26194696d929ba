package dev.contentlint.core.document;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses Markdown with flexmark (CommonMark, GFM tables, strikethrough and task lists, YAML front matter,
 * definition lists, abbreviations, footnotes, autolinks) and reads prose, sections, images, links,
 * tables and comments from the tree. Raw HTML blocks are parsed with jsoup and read like HTML files.
 *
 * <p>flexmark recurses over nested containers, so input nested deeper than {@value #MAX_NESTING} block
 * quote or list levels on one line is read as plain text with a {@code contentlint/parse-error} issue;
 * a stack overflow or any other failure inside the parser libraries degrades the same way, so a file
 * always yields a document.
 *
 * <p>Prose maps every character to its source offset through flexmark's based sequences, so block
 * quote markers, list indentation and table pipes never shift positions; backslash escapes map to the
 * escaped character and decoded entities to their '&amp;'. Template tags are markup, not prose.
 */
final class MarkdownParser {
    static final int MAX_NESTING = 100;
    /**
     * flexmark matches a table's delimiter row with a regular expression that recurses once per column, so a
     * row of thousands of columns overflows the stack; files with a wider table are parsed without tables.
     */
    static final int MAX_TABLE_COLUMNS = 256;
    private static final Parser PARSER = parser(true);
    private static final Parser PARSER_WITHOUT_TABLES = parser(false);

    private static Parser parser(boolean tables) {
        return builder(options(tables)).build();
    }

    /** The parser's options: its extensions, and no heading parser ({@link CheapHeadingStarts} replaces it). */
    static MutableDataSet options(boolean tables) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                YamlFrontMatterExtension.create(), DefinitionExtension.create(), TextNodeSteps.ABBREVIATION_DEFINITIONS,
                FootnoteExtension.create(), StrikethroughExtension.create(), TaskListExtension.create()));
        if (tables) extensions.add(0, TablesExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(Parser.HEADING_PARSER, false);
        return options;
    }

    /** The parser's builder; its text-node steps run after the parse, in {@link TextNodeSteps}. */
    static Parser.Builder builder(MutableDataSet options) {
        // flexmark adds its link reference definition pre-processor only for its own inline parser
        return Parser.builder(options).customInlineParserFactory(SnapshotInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customBlockParserFactory(new CheapHeadingStarts());
    }

    private static final Pattern A_OPEN = Pattern.compile("(?i)^<a\\s");
    private static final Pattern A_CLOSE = Pattern.compile("(?i)^</a\\s*>");
    private static final Pattern IMG = Pattern.compile("(?i)<(img|input|area)[\\s/>]");
    /** Inline raw HTML whose content is code, keys, sample output or a variable, not prose. */
    private static final Pattern CODE_OPEN = Pattern.compile("(?i)^<(code|kbd|samp|var)(?=[\\s>])[^>]*(?<!/)>");
    /** An opening tag that marks its content as another language (no language is declared around Markdown text). */
    private static final Pattern FOREIGN_OPEN = Pattern.compile(
            "(?i)^<([a-z][a-z0-9-]*)(?=\\s)[^>]*\\s(?:lang|xml:lang|hreflang)\\s*=\\s*[\"']?\\s*[a-z][^>]*(?<!/)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final SourceText source;
    private final String text;
    private final TemplateRanges templates;
    private final Document.Builder out;
    private final List<SectionBuilder.Heading> headings = new ArrayList<>();
    private final Map<org.jsoup.nodes.Node, Span> rawSpans = new IdentityHashMap<>();
    private final List<ProseBlock> prose = new ArrayList<>();
    private final List<dev.contentlint.core.document.Image> images = new ArrayList<>();
    private final List<dev.contentlint.core.document.Link> links = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Map<TableCell, String> cellTexts = new IdentityHashMap<>();
    private final List<TableBlock> tableBlocks = new ArrayList<>();
    private final Deadline deadline;
    private com.vladsch.flexmark.util.ast.Document md;
    private int contentStart;

    private MarkdownParser(SourceText source, Document.Builder out, Deadline deadline) {
        this.source = source;
        this.deadline = deadline;
        this.text = source.text();
        this.templates = TemplateRanges.scan(text);
        this.out = out;
    }

    static Document parse(Path path, String relativePath, SourceText source, List<ParseIssue> issues, Deadline deadline) {
        ParseIssue tooDeep = nestingIssue(source.text());
        if (tooDeep != null) return asText(path, relativePath, source, issues, tooDeep);
        try {
            Document.Builder b = Document.builder(path, relativePath, Format.MARKDOWN, source);
            issues.forEach(b::issue);
            return new MarkdownParser(source, b, deadline).run();
        } catch (StackOverflowError e) {
            return asText(path, relativePath, source, issues, new ParseIssue("contentlint/parse-error", Span.START,
                    "Markdown nested too deeply to parse; the file was read as plain text. Reduce the nesting."));
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser libraries should accept any text; if one does not, the file is still checked as text
            return asText(path, relativePath, source, issues, new ParseIssue("contentlint/parse-error", Span.START,
                    "The Markdown parser failed on this file (" + e + "); the file was read as plain text."));
        }
    }

    private static Document asText(Path path, String rel, SourceText source, List<ParseIssue> issues, ParseIssue why) {
        List<ParseIssue> all = new ArrayList<>(issues);
        all.add(why);
        Document d = TextParser.parse(path, rel, source, all);
        Document.Builder b = Document.builder(path, rel, Format.MARKDOWN, source);
        d.issues().forEach(b::issue);
        d.prose().forEach(b::prose);
        d.sections().forEach(b::section);
        return b.html(d.html()).htmlSpans(d::spanOf).build();
    }

    /** The first line nesting more block quotes and list items than flexmark can take, as an issue. */
    static ParseIssue nestingIssue(String s) {
        int i = 0, n = s.length(), nextLf = -1, nextCr = -1;
        while (i < n) {
            int lineStart = i, depth = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t') { i++; continue; }
                if (c == '>') { depth++; i++; continue; }
                if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) { depth++; i += 2; continue; }
                int d = i;
                while (d < n && d - i < 9 && s.charAt(d) >= '0' && s.charAt(d) <= '9') d++;
                if (d > i && d + 1 < n && (s.charAt(d) == '.' || s.charAt(d) == ')') && (s.charAt(d + 1) == ' ' || s.charAt(d + 1) == '\t')) {
                    depth++;
                    i = d + 2;
                    continue;
                }
                break;
            }
            if (depth > MAX_NESTING) {
                int end = lineStart;
                while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') end++;
                return new ParseIssue("contentlint/parse-error", new Span(lineStart, end),
                        "Markdown nested " + depth + " levels deep (more than " + MAX_NESTING
                                + "); the file was read as plain text. Reduce the nesting of block quotes and lists.");
            }
            // Only a line's prefix can nest; indexOf skips the rest far faster than a charAt loop.
            if (nextLf < i) nextLf = indexOr(s, '\n', i, n);
            if (nextCr < i) nextCr = indexOr(s, '\r', i, n);
            i = Math.min(nextLf, nextCr) + 1;
        }
        return null;
    }

    /** The first line shaped like a table delimiter row ('|', '-', ':' and blanks) with too many columns, or null. */
    static Span wideTableRow(String s) {
        int n = s.length();
        for (int start = 0; start < n; ) {
            int end = start, pipes = 0, dashes = 0;
            boolean delimiterRow = true;
            for (; end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r'; end++) {
                char c = s.charAt(end);
                if (c == '|') pipes++;
                else if (c == '-') dashes++;
                else if (c != ':' && c != ' ' && c != '\t') delimiterRow = false;
            }
            if (delimiterRow && dashes > 0 && pipes > MAX_TABLE_COLUMNS) return new Span(start, end);
            start = end + 1;
        }
        return null;
    }

    private static int columns(String s, Span row) {
        String line = s.substring(row.start(), row.end()).strip();
        int cells = line.split("\\|", -1).length;
        if (line.startsWith("|")) cells--;
        if (line.endsWith("|") && line.length() > 1) cells--;
        return cells;
    }

    private static int indexOr(String s, char c, int from, int none) {
        int at = s.indexOf(c, from);
        return at < 0 ? none : at;
    }

    private Document run() {
        FrontMatterParser.Result fm = FrontMatterParser.parse(source);
        out.frontMatter(fm.frontMatter());
        if (fm.issue() != null) out.issue(fm.issue());
        contentStart = fm.contentStart();
        // flexmark reads the text through the deadline, so a parse that runs over its budget stops.
        Span wide = wideTableRow(text);
        if (wide != null)
            out.issue(new ParseIssue("contentlint/parse-error", wide, "This table has " + columns(text, wide)
                    + " columns, more than " + MAX_TABLE_COLUMNS + " can be parsed: the file's tables were read as "
                    + "paragraphs. Split the table into narrower ones."));
        md = (wide == null ? PARSER : PARSER_WITHOUT_TABLES).parse(BasedSequence.of(deadline.text(text)));
        TextNodeSteps.apply(md);
        MarkdownTree.walk(md, this::block);
        for (TableBlock t : tableBlocks) table(t);
        prose.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        headings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        prose.forEach(out::prose);
        images.forEach(out::image);
        links.forEach(out::link);
        tables.forEach(out::table);
        comments.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        comments.forEach(out::comment);
        int firstHeading = headings.isEmpty() ? text.length() : headings.get(0).span().start();
        boolean preamble = contentStart < firstHeading && !text.substring(contentStart, firstHeading).isBlank();
        SectionBuilder.build(headings, text, contentStart, preamble).forEach(out::section);
        MarkdownHtmlView view = new MarkdownHtmlView(md, text, contentStart);
        Map<org.jsoup.nodes.Node, Span> raw = rawSpans;
        return out.markdown(md).html(view::document).htmlSpans(n -> {
            Span s = raw.get(n);
            return s != null ? s : view.spanOf(n);
        }).build();
    }

    private boolean block(Node n) {
        if (n.getStartOffset() < contentStart || n instanceof YamlFrontMatterBlock || n instanceof Reference
                || n instanceof AbbreviationBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                || n instanceof TableSeparator) return false;
        if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock) {
            rawHtml(n);
            return false;
        }
        if (n instanceof TableBlock t) tableBlocks.add(t);
        if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
            ProseBuilder pb = new ProseBuilder(text, templates, false);
            inline(n, pb);
            Span span = trimmedSpan(n);
            if (n instanceof Heading h) {
                ProseBlock b = pb.build(ProseBlock.Kind.HEADING, span);
                if (b != null) prose.add(b);
                headings.add(new SectionBuilder.Heading(h.getLevel(), b == null ? "" : b.text(), span));
            } else if (n instanceof TableCell c) {
                ProseBlock b = pb.build(ProseBlock.Kind.TABLE_CELL, span);
                if (b != null) prose.add(b);
                cellTexts.put(c, b == null ? "" : b.text());
            } else {
                ProseBlock b = pb.build(paragraphKind(n), span);
                if (b != null) prose.add(b);
            }
            return false;
        }
        return true;
    }

    private Span trimmedSpan(Node n) {
        int s = n.getStartOffset(), e = n.getEndOffset();
        while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
        return new Span(s, e);
    }

    private static ProseBlock.Kind paragraphKind(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof DefinitionTerm) return ProseBlock.Kind.DEFINITION_TERM;
            if (p instanceof DefinitionItem) return ProseBlock.Kind.DEFINITION;
            if (p instanceof ListItem) return ProseBlock.Kind.LIST_ITEM;
            if (p instanceof FootnoteBlock) return ProseBlock.Kind.FOOTNOTE;
            if (p instanceof BlockQuote) return ProseBlock.Kind.BLOCK_QUOTE;
        }
        return ProseBlock.Kind.PARAGRAPH;
    }

    /** A link being read: where it started and where its text starts in the prose. */
    private record OpenLink(Node node, int textIndex, String destination, int start, org.jsoup.nodes.Element element,
                            StringBuilder imageAlts) {
        OpenLink(Node node, int textIndex, String destination, int start, org.jsoup.nodes.Element element) {
            this(node, textIndex, destination, start, element, new StringBuilder());
        }
    }

    /**
     * An inline raw HTML element being skipped as one opaque token ({@link ProseBlock.MarkupKind#CODE} or
     * {@link ProseBlock.MarkupKind#FOREIGN}): its name, where it starts, where its content starts, how deep
     * elements of the same name nest inside it.
     */
    private static final class Opaque {
        String name;
        ProseBlock.MarkupKind kind;
        int start;
        int contentStart;
        int depth;
    }

    private void inline(Node container, ProseBuilder pb) {
        Deque<OpenLink> open = new ArrayDeque<>();
        Deque<OpenLink> htmlLinks = new ArrayDeque<>();
        Opaque opaque = new Opaque();
        MarkdownTree.walk(container, new MarkdownTree.Visitor() {
            @Override public boolean enter(Node n) {
                if (opaque.name != null) return skipOpaque(n);
                if (n instanceof HtmlInline && !(n instanceof HtmlInlineComment)) {
                    String raw = n.getChars().toString();
                    java.util.regex.Matcher code = CODE_OPEN.matcher(raw);
                    java.util.regex.Matcher foreign = code.find() ? null : FOREIGN_OPEN.matcher(raw);
                    if (foreign == null || foreign.find()) {
                        pb.markup(span(n), ProseBlock.MarkupKind.TAG);
                        inlineHtml(n, pb, htmlLinks, null);
                        opaque.name = (foreign == null ? code.group(1) : foreign.group(1)).toLowerCase(java.util.Locale.ROOT);
                        opaque.kind = foreign == null ? ProseBlock.MarkupKind.CODE : ProseBlock.MarkupKind.FOREIGN;
                        opaque.start = n.getStartOffset();
                        opaque.contentStart = n.getEndOffset();
                        opaque.depth = 1;
                        return false;
                    }
                }
                return prose(n);
            }

            /** Inside an opaque element nothing is prose; its closing tag ends it and records it as one token. */
            private boolean skipOpaque(Node n) {
                if (!(n instanceof HtmlInline) || n instanceof HtmlInlineComment) return false;
                String raw = n.getChars().toString().toLowerCase(java.util.Locale.ROOT);
                if (raw.matches("(?s)<" + opaque.name + "(?=[\\s>]).*") && !raw.endsWith("/>")) opaque.depth++;
                else if (raw.matches("^</" + opaque.name + "\\s*>") && --opaque.depth == 0) {
                    pb.markup(new Span(opaque.start, n.getEndOffset()), opaque.kind);
                    String content = TAG.matcher(text.substring(opaque.contentStart, n.getStartOffset())).replaceAll(" ");
                    inlineHtml(n, pb, htmlLinks, content.strip().replaceAll("\\s+", " "));
                    opaque.name = null;
                }
                return false;
            }

            private boolean prose(Node n) {
                if (n instanceof Text) {
                    pb.appendMarkdown(n.getChars());
                    return false;
                }
                if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    BasedSequence c = n.getChars();
                    int k = 0;
                    while (k < c.length() && c.charAt(k) != '\r' && c.charAt(k) != '\n') k++;
                    int at = k < c.length() ? c.getIndexOffset(k) : n.getEndOffset();
                    pb.lineBreak(at, n.getEndOffset());
                    return false;
                }
                if (n instanceof HtmlEntity) {
                    String raw = n.getChars().toString();
                    String d = Entities.decode(raw);
                    if (d == null) pb.appendMarkdown(n.getChars()); else pb.appendDecoded(d, n.getStartOffset(), n.getEndOffset());
                    return false;
                }
                if (n instanceof Code) {
                    pb.markup(span(n), ProseBlock.MarkupKind.CODE);
                    return false;
                }
                if (n instanceof AutoLink || n instanceof MailLink) {
                    String dest = n.getChars().toString();
                    if (dest.startsWith("<") && dest.endsWith(">")) dest = dest.substring(1, dest.length() - 1);
                    pb.markup(span(n), ProseBlock.MarkupKind.URL);
                    links.add(new dev.contentlint.core.document.Link(dest, dest, span(n), null));
                    return false;
                }
                if (n instanceof Image || n instanceof ImageRef) {
                    pb.markup(span(n), ProseBlock.MarkupKind.OTHER);
                    String alt = image(n);
                    // a linked image names its link: keep the alt for links that have no text of their own
                    for (OpenLink o : open) o.imageAlts().append(' ').append(alt);
                    return false;
                }
                if (n instanceof Link l) {
                    open.push(new OpenLink(n, pb.length(), l.getUrl().toString(), n.getStartOffset(), null));
                    return true;
                }
                if (n instanceof LinkRef r) {
                    String dest = r.isDefined() ? referenceUrl(r.getReferenceNode(md)) : null;
                    Node first = n.getFirstChild();
                    if (dest == null) pb.appendSource(n.getStartOffset(), first == null ? n.getStartOffset() + 1 : first.getStartOffset());
                    open.push(new OpenLink(n, pb.length(), dest, n.getStartOffset(), null));
                    return true;
                }
                if (n instanceof HtmlInlineComment) {
                    String raw = n.getChars().toString();
                    String inner = raw.length() >= 7 && raw.startsWith("<!--") && raw.endsWith("-->") ? raw.substring(4, raw.length() - 3) : raw;
                    comments.add(new Comment(inner, span(n)));
                    pb.markup(span(n), ProseBlock.MarkupKind.COMMENT);
                    return false;
                }
                if (n instanceof HtmlInline) {
                    pb.markup(span(n), ProseBlock.MarkupKind.TAG);
                    inlineHtml(n, pb, htmlLinks, null);
                    return false;
                }
                if (n instanceof Footnote) {
                    pb.markup(span(n), ProseBlock.MarkupKind.OTHER);
                    return false;
                }
                if (n.getFirstChild() == null) {
                    pb.appendMarkdown(n.getChars());
                    return false;
                }
                return true;
            }

            @Override public void exit(Node n) {
                if (!open.isEmpty() && open.peek().node() == n) {
                    OpenLink o = open.pop();
                    if (o.destination() == null) { // an undefined reference is just bracketed text
                        Node last = n.getLastChild();
                        pb.appendSource(last == null ? Math.min(n.getStartOffset() + 1, n.getEndOffset()) : last.getEndOffset(), n.getEndOffset());
                        return;
                    }
                    int textEnd = n instanceof Link l && l.getTextClosingMarker().isNotNull()
                            ? l.getTextClosingMarker().getStartOffset() : n.getEndOffset();
                    if (textEnd < n.getEndOffset()) pb.markup(new Span(textEnd, n.getEndOffset()), ProseBlock.MarkupKind.URL);
                    String linkText = pb.textFrom(o.textIndex()).strip();
                    if (linkText.isEmpty()) linkText = o.imageAlts().toString().strip();
                    links.add(new dev.contentlint.core.document.Link(o.destination(), linkText, span(n), null));
                }
            }
        });
        if (opaque.name != null) pb.markup(new Span(opaque.start, container.getEndOffset()), opaque.kind); // never closed
        while (!htmlLinks.isEmpty()) {
            OpenLink o = htmlLinks.pop();
            links.add(new dev.contentlint.core.document.Link(o.destination(), pb.textFrom(o.textIndex()).strip(), rawSpans.getOrDefault(o.element(), Span.at(o.start())), o.element()));
        }
    }

    /** An inline HTML tag: links and images it opens or closes; {@code linkText}, when given, is the text of a link it closes. */
    private void inlineHtml(Node n, ProseBuilder pb, Deque<OpenLink> htmlLinks, String linkText) {
        String raw = n.getChars().toString();
        if (A_CLOSE.matcher(raw).find()) {
            if (!htmlLinks.isEmpty()) {
                OpenLink o = htmlLinks.pop();
                Span s = new Span(o.start(), n.getEndOffset());
                rawSpans.put(o.element(), s);
                String t = linkText != null ? linkText : pb.textFrom(o.textIndex()).strip();
                links.add(new dev.contentlint.core.document.Link(o.destination(), t, s, o.element()));
            }
            return;
        }
        boolean isA = A_OPEN.matcher(raw).find();
        if (!isA && !IMG.matcher(raw).find()) return;
        HtmlExtractor x = extractor(n.getStartOffset(), raw);
        rawSpans.putAll(x.spans);
        images.addAll(x.images);
        for (ProseBlock p : x.prose) if (p.kind() == ProseBlock.Kind.ALT_TEXT) prose.add(p);
        if (isA) {
            for (dev.contentlint.core.document.Link l : x.links) {
                htmlLinks.push(new OpenLink(n, pb.length(), l.destination(), n.getStartOffset(), l.element()));
                break;
            }
        }
    }

    private HtmlExtractor extractor(int shift, String html) {
        org.jsoup.nodes.Document d = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true)
                .parseInput(deadline.reader(html), "");
        return new HtmlExtractor(text, shift, templates).extract(d);
    }

    private void rawHtml(Node n) {
        int start = n.getStartOffset(), end = n.getEndOffset();
        HtmlExtractor x = extractor(start, text.substring(start, end));
        rawSpans.putAll(x.spans);
        prose.addAll(x.prose);
        images.addAll(x.images);
        links.addAll(x.links);
        tables.addAll(x.tables);
        comments.addAll(x.comments);
        headings.addAll(x.headings);
    }

    private static String referenceUrl(Node ref) {
        return ref instanceof Reference r ? r.getUrl().toString() : "";
    }

    /** Records an image and its alt text block; returns the alt text. */
    private String image(Node n) {
        ProseBuilder pb = new ProseBuilder(text, templates, false);
        inline(n, pb);
        String url;
        if (n instanceof Image i) url = i.getUrl().toString();
        else {
            ImageRef r = (ImageRef) n;
            url = r.isDefined() ? referenceUrl(r.getReferenceNode(md)) : "";
        }
        Span s = span(n);
        ProseBlock alt = pb.build(ProseBlock.Kind.ALT_TEXT, null);
        if (alt != null) prose.add(alt);
        String altText = alt == null ? "" : alt.text();
        images.add(new dev.contentlint.core.document.Image(url, altText, s, null));
        return altText;
    }

    private void table(TableBlock t) {
        List<List<String>> rows = new ArrayList<>();
        int header = 0;
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableHead) && !(part instanceof TableBody)) continue;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext())
                    if (c instanceof TableCell cell) cells.add(cellTexts.getOrDefault(cell, ""));
                rows.add(cells);
                if (part instanceof TableHead) header++;
            }
        }
        tables.add(new Table(trimmedSpan(t), header, rows, null));
    }

    private static Span span(Node n) {
        return new Span(n.getStartOffset(), n.getEndOffset());
    }
}
