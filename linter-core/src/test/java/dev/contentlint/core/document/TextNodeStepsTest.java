package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text-node steps run after the parse give the tree that flexmark's post-processors gave: the reference here
 * is the same parser with flexmark's abbreviation extension and the autolink step registered as a post-processor.
 */
class TextNodeStepsTest {
    private static final Parser STEPS_AFTER = MarkdownParser.builder(MarkdownParser.options(true)).build();
    private static final Parser POST_PROCESSORS = reference();

    private static Parser reference() {
        MutableDataSet options = MarkdownParser.options(true);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.replaceAll(e -> e == TextNodeSteps.ABBREVIATION_DEFINITIONS ? AbbreviationExtension.create() : e);
        options.set(Parser.EXTENSIONS, extensions);
        return MarkdownParser.builder(options).postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(Text.class);
            }

            @Override
            public NodePostProcessor apply(com.vladsch.flexmark.util.ast.Document document) {
                GuardedAutolinks autolinks = new GuardedAutolinks(document);
                return new NodePostProcessor() {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        autolinks.process(state, node);
                    }
                };
            }
        }).build();
    }

    @Test
    void abbreviationsAndBareUrlsGiveFlexmarksTree() {
        String[] docs = {
            "See https://example.com/HTML and www.example.org, or mail a@example.com.\n",
            "*[HTML]: HyperText Markup Language\n*[W3C]: World Wide Web Consortium\n\n"
                    + "HTML at https://www.w3.org/HTML/ by the W3C, [HTML link](https://x.org/HTML) and `HTML code`.\n\n"
                    + "- HTML in a list, *HTML emphasised*, <span>HTML inline</span>, <https://a.org/W3C>\n\n"
                    + "| HTML | W3C https://w3c.org |\n|---|---|\n| **HTML** | [^1] |\n\n[^1]: HTML footnote, www.w3.org.\n\n"
                    + "Term HTML\n: W3C definition with a@b.org\n\n    HTML indented code\n\n> HTML quoted www.html.org\n",
            "*[e.g.]: for example\n\nText, e.g. this: http://e.g/e.g. and e.g.\n",
            "e" + "\u0301".repeat(GuardedAutolinks.MAX_MARK_RUN + 1) + " https://example.com\n\nhttps://example.org\n",
        };
        for (String d : docs) assertEquals(tree(POST_PROCESSORS, d), tree(STEPS_AFTER, d), d);
        assertTrue(tree(STEPS_AFTER, docs[1]).contains("Abbreviation["), "abbreviations are marked");
        assertTrue(tree(STEPS_AFTER, docs[0]).contains("AutoLink["), "bare URLs are links");
    }

    @Test
    void corpusPagesGiveFlexmarksTree() throws IOException {
        // ../shared beside the repository; tests run in the module's folder
        Path corpus = Path.of("../../shared/corpus");
        Path list = corpus.resolve("subset-50-md.txt");
        assumeTrue(Files.isRegularFile(list), "no corpus at " + corpus.toAbsolutePath());
        int compared = 0;
        for (String line : Files.readAllLines(list)) {
            if (line.isBlank()) continue;
            Path page = corpus.resolve(line.strip());
            if (!Files.isRegularFile(page)) continue;
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertEquals(tree(POST_PROCESSORS, text), tree(STEPS_AFTER, text), page.toString());
            compared++;
        }
        assertTrue(compared > 0, "no corpus page was found from " + list);
    }

    private static String tree(Parser parser, String text) {
        com.vladsch.flexmark.util.ast.Document md = parser.parse(BasedSequence.of(text));
        if (parser == STEPS_AFTER) TextNodeSteps.apply(md);
        StringBuilder out = new StringBuilder();
        dump(md, 0, out);
        return out.toString();
    }

    private static void dump(Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append('[').append(n.getStartOffset())
                .append(',').append(n.getEndOffset()).append("] ").append(n.getChars().toString().replace("\n", "\\n"))
                .append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }
}
