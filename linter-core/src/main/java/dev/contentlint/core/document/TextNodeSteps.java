package dev.contentlint.core.document;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationNodePostProcessor;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationRepository;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps that rewrite a parsed tree's text nodes: uses of the document's abbreviations become abbreviation
 * nodes, then bare URLs become links ({@link GuardedAutolinks}). They run here, over a list of the text nodes
 * taken in one walk, rather than as flexmark post-processors: for any post-processor that works on nodes,
 * flexmark first classifies every node of the tree, with its ancestry, into indexed sets and then looks each
 * text node up in them, which cost more than the rest of the parse on large files.
 *
 * <p>The result is flexmark's, in the order flexmark runs them: text nodes are visited in document order, the
 * abbreviation step skips those inside nodes that must not be decorated, and the autolink step also visits the
 * text nodes the abbreviation step made, in the order made (so a URL holding an abbreviation is cut there).
 */
final class TextNodeSteps {
    /**
     * flexmark's abbreviation extension without its post-processor: it reads the definitions
     * ({@code *[HTML]: HyperText Markup Language}), and {@link #apply} marks their uses. It takes the
     * extension's place in the parser's list, so the definitions' block parser keeps its place among the others.
     */
    static final Parser.ParserExtension ABBREVIATION_DEFINITIONS = new Parser.ParserExtension() {
        @Override public void parserOptions(MutableDataHolder options) {}

        @Override public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new AbbreviationBlockParser.Factory());
        }
    };

    private TextNodeSteps() {}

    /** Runs both steps over {@code md}. */
    static void apply(Document md) {
        List<Node> texts = texts(md);
        AbbreviationRepository abbreviations = AbbreviationExtension.ABBREVIATIONS.get(md);
        if (!abbreviations.isEmpty()) {
            NodePostProcessor step = new AbbreviationNodePostProcessor.Factory().apply(md);
            Recorder made = new Recorder();
            for (Node n : texts)
                if (n.getParent() != null && n.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) == null)
                    step.process(made, n);
            texts.addAll(made.texts);
        }
        GuardedAutolinks autolinks = new GuardedAutolinks(md);
        NodeTracker ignored = new Recorder();
        for (Node n : texts) if (n.getParent() != null) autolinks.process(ignored, n);
    }

    /** The nodes of class {@link Text} (not its subclasses, as flexmark selects them), in document order. */
    private static List<Node> texts(Document md) {
        List<Node> out = new ArrayList<>();
        // a walk by links rather than recursion: inline nesting has no depth limit
        Node n = md.getFirstChild();
        while (n != null) {
            if (n.getClass() == Text.class) out.add(n);
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n != md && n.getNext() == null) n = n.getParent();
            n = n == null || n == md ? null : n.getNext();
        }
        return out;
    }

    /** Collects the text nodes a step adds, in the order added. */
    private static final class Recorder implements NodeTracker {
        final List<Node> texts = new ArrayList<>();

        private void add(Node n) {
            if (n.getClass() == Text.class) texts.add(n);
        }

        @Override public void nodeAdded(Node node) { add(node); }
        @Override public void nodeAddedWithChildren(Node node) {
            add(node);
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) add(c);
        }
        @Override public void nodeAddedWithDescendants(Node node) {
            add(node);
            for (Node d : node.getDescendants()) add(d);
        }
        @Override public void nodeRemoved(Node node) {}
        @Override public void nodeRemovedWithChildren(Node node) {}
        @Override public void nodeRemovedWithDescendants(Node node) {}
    }
}
