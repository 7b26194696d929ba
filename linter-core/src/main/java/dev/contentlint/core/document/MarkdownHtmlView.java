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
import dev.contentlint.core.html.Html;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML view of a Markdown document, built on first use. The AST is rendered to an HTML string in
 * which every element Markdown syntax produced carries its source span in a temporary
 * {@code data-clpos} attribute, while raw HTML is copied verbatim and its place in the output recorded.
 * The string is parsed by jsoup with position tracking; a rendered element takes its span from the
 * attribute (which is then removed), and an element of raw HTML maps its jsoup position back through
 * the verbatim copy, so its span is exact. Nodes without a span of their own take their parent's.
 */
final class MarkdownHtmlView {
    private static final String POS = "data-clpos";

    private final com.vladsch.flexmark.util.ast.Document md;
    private final String text;
    private final int contentStart;
    private org.jsoup.nodes.Document doc;
    private Map<org.jsoup.nodes.Node, Span> spans;
    private final StringBuilder out = new StringBuilder();
    private int[] outStarts = new int[16];
    private int[] srcStarts = new int[16];
    private int[] lengths = new int[16];
    private int chunks;

    MarkdownHtmlView(com.vladsch.flexmark.util.ast.Document md, String text, int contentStart) {
        this.md = md;
        this.text = text;
        this.contentStart = contentStart;
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

    private void build() {
        if (doc != null) return;
        MarkdownTree.walk(md, new MarkdownTree.Visitor() {
            @Override public boolean enter(Node n) {
                return open(n);
            }

            @Override public void exit(Node n) {
                close(n);
            }
        });
        doc = Parser.htmlParser().setTrackPosition(true).parseInput(out.toString(), "");
        spans = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.hasAttr(POS)) {
                String[] p = e.attr(POS).split("-");
                e.removeAttr(POS);
                spans.put(e, new Span(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
                return;
            }
            Range r = node.sourceRange();
            if (!r.isTracked() || r.isImplicit()) return;
            int s = map(r.startPos());
            if (s < 0) return;
            int end = -1;
            if (node instanceof Element e && e.endSourceRange().isTracked() && !e.endSourceRange().isImplicit())
                end = map(e.endSourceRange().endPos());
            if (end < s) end = map(r.endPos());
            spans.put(node, new Span(s, Math.max(s, end)));
        }, doc);
        out.setLength(0);
    }

    /** The source offset of output position {@code p} when it falls in copied raw HTML, else -1. */
    private int map(int p) {
        int k = Arrays.binarySearch(outStarts, 0, chunks, p);
        if (k < 0) k = -k - 2;
        if (k < 0 || p > outStarts[k] + lengths[k]) return -1;
        return srcStarts[k] + p - outStarts[k];
    }

    private void verbatim(Node n) {
        if (chunks == outStarts.length) {
            outStarts = Arrays.copyOf(outStarts, chunks * 2);
            srcStarts = Arrays.copyOf(srcStarts, chunks * 2);
            lengths = Arrays.copyOf(lengths, chunks * 2);
        }
        int s = n.getStartOffset(), e = n.getEndOffset();
        outStarts[chunks] = out.length();
        srcStarts[chunks] = s;
        lengths[chunks] = e - s;
        chunks++;
        out.append(text, s, e);
    }

    private void tag(String name, Node n, String attrs) {
        int e = n.getEndOffset();
        while (e > n.getStartOffset() && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
        out.append('<').append(name).append(attrs).append(' ').append(POS).append("=\"")
                .append(n.getStartOffset()).append('-').append(e).append("\">");
    }

    private static String attr(String name, CharSequence value) {
        return " " + name + "=\"" + Html.escape(value.toString()) + "\"";
    }

    private boolean open(Node n) {
        if (n.getStartOffset() < contentStart || n instanceof YamlFrontMatterBlock || n instanceof Reference
                || n instanceof AbbreviationBlock || n instanceof TableSeparator) return false;
        if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
            verbatim(n);
            return false;
        }
        if (n instanceof Text) {
            // Unescaping only changes backslash escapes and entities; most text has neither, and flexmark's
            // unescape runs regular expressions over every text node.
            var chars = n.getChars();
            out.append(Html.escape(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars.toString() : chars.unescape()));
            return false;
        }
        if (n instanceof HtmlEntity) {
            out.append(n.getChars());
            return false;
        }
        if (n instanceof SoftLineBreak) {
            out.append('\n');
            return false;
        }
        if (n instanceof HardLineBreak) {
            tag("br", n, "");
            out.append('\n');
            return false;
        }
        if (n instanceof Code c) {
            tag("code", n, "");
            out.append(Html.escape(c.getText().toString())).append("</code>");
            return false;
        }
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            tag("pre", n, "");
            String code = n instanceof FencedCodeBlock f ? f.getContentChars().toString() : ((IndentedCodeBlock) n).getContentChars().toString();
            out.append("<code>").append(Html.escape(code)).append("</code></pre>\n");
            return false;
        }
        if (n instanceof AutoLink || n instanceof MailLink) {
            String dest = n.getChars().toString();
            if (dest.startsWith("<") && dest.endsWith(">")) dest = dest.substring(1, dest.length() - 1);
            tag("a", n, attr("href", n instanceof MailLink ? "mailto:" + dest : dest));
            out.append(Html.escape(dest)).append("</a>");
            return false;
        }
        if (n instanceof Image i) {
            tag("img", n, attr("src", i.getUrl()) + attr("alt", i.getText().unescape()));
            return false;
        }
        if (n instanceof ImageRef r) {
            Reference ref = r.isDefined() ? r.getReferenceNode(md) : null;
            String src = ref != null ? ref.getUrl().toString() : "";
            tag("img", n, attr("src", src) + attr("alt", r.getText().unescape()));
            return false;
        }
        if (n instanceof ThematicBreak) {
            tag("hr", n, "");
            out.append('\n');
            return false;
        }
        if (n instanceof Link l) {
            tag("a", n, attr("href", l.getUrl()));
        } else if (n instanceof LinkRef r) {
            Reference ref = r.isDefined() ? r.getReferenceNode(md) : null;
            if (ref != null) tag("a", n, attr("href", ref.getUrl()));
        } else {
            String name = name(n);
            if (name != null) {
                tag(name, n, "");
            } else if (n.getFirstChild() == null && !(n instanceof com.vladsch.flexmark.util.ast.Block)) {
                out.append(Html.escape(n.getChars().unescape())); // inline text of extension nodes (abbreviations)
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
        if (name != null) {
            out.append("</").append(name).append('>');
            if (n instanceof com.vladsch.flexmark.util.ast.Block) out.append('\n');
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
