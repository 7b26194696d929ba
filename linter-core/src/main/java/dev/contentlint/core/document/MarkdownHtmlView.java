package dev.contentlint.core.document;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The HTML view of a Markdown document, built on first use: a walk of the AST says which element each
 * node becomes. Most pages are built as jsoup nodes at once ({@link DirectHtml}); a page whose raw HTML
 * only jsoup's parser places correctly is written as HTML text and parsed ({@link RenderedHtml}). Either
 * way every element Markdown syntax produced has its source span and a node of raw HTML the span of its
 * source; nodes without a span of their own take their parent's.
 */
final class MarkdownHtmlView {
    private final com.vladsch.flexmark.util.ast.Document md;
    private final String text;
    private final int contentStart;
    private org.jsoup.nodes.Document doc;
    private Map<org.jsoup.nodes.Node, Span> spans;
    private final boolean tryDirect;
    private boolean direct;
    private HtmlSink out;

    MarkdownHtmlView(com.vladsch.flexmark.util.ast.Document md, String text, int contentStart) {
        this(md, text, contentStart, true);
    }

    /** A view that, when {@code tryDirect} is false, always goes through HTML text (to compare the two). */
    MarkdownHtmlView(com.vladsch.flexmark.util.ast.Document md, String text, int contentStart, boolean tryDirect) {
        this.md = md;
        this.text = text;
        this.contentStart = contentStart;
        this.tryDirect = tryDirect;
    }

    /** Whether the view was built as jsoup nodes at once rather than through HTML text. */
    synchronized boolean direct() {
        build();
        return direct;
    }

    synchronized org.jsoup.nodes.Document document() {
        build();
        return doc;
    }

    synchronized Span spanOf(org.jsoup.nodes.Node n) {
        build();
        for (org.jsoup.nodes.Node p = n; p != null; p = p.parent()) {
            Span s = spans.get(p);
            if (s != null) return s;
        }
        return null;
    }

    /** The span of the element {@code n} becomes: its source without trailing line ends. */
    static Span span(String text, Node n) {
        int e = n.getEndOffset();
        while (e > n.getStartOffset() && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
        return new Span(n.getStartOffset(), e);
    }

    private void build() {
        if (doc != null) return;
        if (tryDirect) {
            spans = new IdentityHashMap<>();
            try {
                DirectHtml d = new DirectHtml(text, spans);
                out = d;
                walk();
                doc = d.finish();
                direct = true;
            } catch (DirectHtml.Unsupported e) {
                doc = null;
            }
        }
        if (doc == null) {
            spans = new IdentityHashMap<>();
            RenderedHtml rendered = new RenderedHtml(text);
            out = rendered;
            walk();
            doc = rendered.parse(spans);
        }
        out = null;
    }

    private void walk() {
        MarkdownTree.walk(md, new MarkdownTree.Visitor() {
            @Override public boolean enter(Node n) {
                return open(n);
            }

            @Override public void exit(Node n) {
                close(n);
            }
        });
    }

    private boolean open(Node n) {
        if (n.getStartOffset() < contentStart || n instanceof YamlFrontMatterBlock || n instanceof Reference
                || n instanceof AbbreviationBlock || n instanceof TableSeparator) return false;
        if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
            out.raw(n);
            return false;
        }
        if (n instanceof Text) {
            // Unescaping only changes backslash escapes and entities; most text has neither, and flexmark's
            // unescape runs regular expressions over every text node.
            var chars = n.getChars();
            out.text(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars.toString() : chars.unescape());
            return false;
        }
        if (n instanceof HtmlEntity) {
            out.entity(n.getChars());
            return false;
        }
        if (n instanceof SoftLineBreak) {
            out.text("\n");
            return false;
        }
        if (n instanceof HardLineBreak) {
            out.start("br", n);
            out.text("\n");
            return false;
        }
        if (n instanceof Code c) {
            out.start("code", n);
            out.text(c.getText().toString());
            out.end("code");
            return false;
        }
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            out.start("pre", n);
            String code = n instanceof FencedCodeBlock f ? f.getContentChars().toString() : ((IndentedCodeBlock) n).getContentChars().toString();
            out.start("code", null);
            out.text(code);
            out.end("code");
            out.end("pre");
            out.text("\n");
            return false;
        }
        if (n instanceof AutoLink || n instanceof MailLink) {
            String dest = n.getChars().toString();
            if (dest.startsWith("<") && dest.endsWith(">")) dest = dest.substring(1, dest.length() - 1);
            out.start("a", n, "href", n instanceof MailLink ? "mailto:" + dest : dest);
            out.text(dest);
            out.end("a");
            return false;
        }
        if (n instanceof Image i) {
            out.start("img", n, "src", i.getUrl().toString(), "alt", i.getText().unescape());
            return false;
        }
        if (n instanceof ImageRef r) {
            Reference ref = r.isDefined() ? r.getReferenceNode(md) : null;
            String src = ref != null ? ref.getUrl().toString() : "";
            out.start("img", n, "src", src, "alt", r.getText().unescape());
            return false;
        }
        if (n instanceof ThematicBreak) {
            out.start("hr", n);
            out.text("\n");
            return false;
        }
        if (n instanceof Link l) {
            out.start("a", n, "href", l.getUrl().toString());
        } else if (n instanceof LinkRef r) {
            Reference ref = r.isDefined() ? r.getReferenceNode(md) : null;
            if (ref != null) out.start("a", n, "href", ref.getUrl().toString());
        } else {
            String name = name(n);
            if (name != null) {
                out.start(name, n);
            } else if (n.getFirstChild() == null && !(n instanceof com.vladsch.flexmark.util.ast.Block)) {
                out.text(n.getChars().unescape()); // inline text of extension nodes (abbreviations)
                return false;
            }
        }
        return true;
    }

    private void close(Node n) {
        if (n.getStartOffset() < contentStart) return;
        String name = null;
        if (n instanceof Link) name = "a";
        else if (n instanceof LinkRef r) name = r.isDefined() && r.getReferenceNode(md) != null ? "a" : null;
        else if (n.getFirstChild() != null || n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) name = name(n);
        else if (name(n) != null) {
            out.leftOpen(name(n)); // an empty element: the HTML has its start tag only
            return;
        }
        if (name != null) {
            out.end(name);
            if (n instanceof com.vladsch.flexmark.util.ast.Block) out.text("\n");
        }
    }

    private static String name(Node n) {
        if (n instanceof Paragraph) return "p";
        if (n instanceof Heading h) return "h" + h.getLevel();
        if (n instanceof BlockQuote) return "blockquote";
        if (n instanceof BulletList) return "ul";
        if (n instanceof OrderedList) return "ol";
        if (n instanceof DefinitionTerm) return "dt";
        if (n instanceof DefinitionItem) return "dd";
        if (n instanceof ListItem) return "li";
        if (n instanceof Emphasis) return "em";
        if (n instanceof StrongEmphasis) return "strong";
        if (n instanceof Strikethrough) return "del";
        if (n instanceof TableBlock) return "table";
        if (n instanceof TableHead) return "thead";
        if (n instanceof TableBody) return "tbody";
        if (n instanceof TableRow) return "tr";
        if (n instanceof TableCell c) return c.isHeader() ? "th" : "td";
        if (n instanceof DefinitionList) return "dl";
        if (n instanceof DefinitionTerm) return "dt";
        if (n instanceof DefinitionItem) return "dd";
        if (n instanceof FootnoteBlock) return "aside";
        if (n instanceof Footnote) return "sup";
        return null;
    }
}
