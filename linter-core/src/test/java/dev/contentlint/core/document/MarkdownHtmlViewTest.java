package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The HTML view of a Markdown page built as jsoup nodes at once must be the tree, and give the spans, that
 * jsoup's parser makes of the page's HTML text; pages it cannot build that way must go through the text.
 */
class MarkdownHtmlViewTest {
    @Test
    void builtAtOnceAsTheParserBuildsIt() {
        String[] pages = {
            "<!-- top -->\n\n# Head <!-- c -->\n\ntext <!-- in --> more\nline2 &copy; x &amp; &#65; < > \" '\n",
            "- <!-- li -->\n  <!-- b -->\n-\n- item\n  1. nested\n  2.\n\n> quote\n\n<!-- end -->\n",
            "| a | b |\n| - | :-: |\n| `c` | **d** <!-- x --> |\n| e |\n\n    indented\n\n```js\nfenced\n```\n",
            "Term\n: definition\n\n*em* ~~del~~ [link](http://x \"t\") ![alt *e*](i.png) <http://auto> a@b.example\n",
            "[ref] and [undefined] ![img][ref]\n\n[ref]: http://r\n\nline  \nbreak\\\nagain\n\n***\n\nNote[^1].\n\n[^1]: The note.\n",
            "---\ntitle: x\n---\n<!-- first -->\n\nWindows\r\nline\r\n\r\n* a\r\n* b\r\n",
            "",
            "<!---->\n\nempty comment\n",
            "Press <kbd>Ctrl</kbd>+<kbd>**C**</kbd> b<br>c<br/>d<br />\n\n| a<br>b | <sub>2</sub> |\n| --- | --- |\n| <sup>x</sup> | y |\n",
            "Note[^1] <sup>raw</sup>.\n\n[^1]: The <kbd>note</kbd>.\n",
        };
        for (String page : pages) {
            Views v = views(page);
            assertTrue(v.direct.direct(), "built through HTML text: " + page);
            assertEquals(List.of(), differences(page, v), page);
        }
    }

    @Test
    void rawHtmlOtherThanCommentsGoesThroughTheParser() {
        String[] pages = {
            "<div>\n\n*inside*\n\n</div>\n",
            "a <kbd>Ctrl b\n",
            "a <KBD>Ctrl</KBD>\n",
            "a <kbd class=\"k\">Ctrl</kbd>\n",
            "*a <kbd>b* c</kbd>\n",
            "a </kbd> b\n",
            "<!-- a --> <!-- b -->\n\ntext\n",
            "<!-- a -- b -->\n",
            "<!-- open\n\ntext\n",
            ">\n\nafter an empty quote\n",
        };
        for (String page : pages) {
            Views v = views(page);
            assertTrue(!v.direct.direct(), "built at once: " + page);
            assertEquals(List.of(), differences(page, v), page);
        }
    }

    @Test
    void sameViewForEveryMarkdownPageOfTheCorpus() throws IOException {
        Path root = SharedData.path("corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        AtomicInteger direct = new AtomicInteger();
        List<String> problems = files.parallelStream().flatMap(f -> {
            String page;
            try {
                page = Files.readString(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Views v = views(page);
            if (v == null) return Stream.<String>empty();
            if (v.direct.direct()) direct.incrementAndGet();
            return differences(root.relativize(f).toString(), v).stream();
        }).toList();
        System.out.println("corpus: " + direct + " of " + files.size() + " Markdown views built at once");
        assertTrue(files.size() > 1000, "corpus holds " + files.size() + " Markdown files");
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " differences");
        // Three in four pages of real documentation have no raw HTML but comments.
        assertTrue(direct.get() > files.size() * 3 / 4, direct + " of " + files.size() + " built at once");
    }

    private record Views(MarkdownHtmlView direct, MarkdownHtmlView parsed) {}

    private static Views views(String page) {
        Document d = Parsers.parse(Path.of("page.md"), "page.md", page, Format.MARKDOWN);
        if (d.markdown() == null) return null;
        int contentStart = FrontMatterParser.parse(new SourceText(d.text())).contentStart();
        return new Views(new MarkdownHtmlView(d.markdown(), d.text(), contentStart, true),
                new MarkdownHtmlView(d.markdown(), d.text(), contentStart, false));
    }

    private static List<String> differences(String name, Views v) {
        List<String> problems = new ArrayList<>();
        org.jsoup.nodes.Document a = v.direct.document(), b = v.parsed.document();
        a.outputSettings().prettyPrint(false);
        b.outputSettings().prettyPrint(false);
        if (!a.outerHtml().equals(b.outerHtml())) problems.add(name + ": HTML\n" + a.outerHtml() + "\nparsed:\n" + b.outerHtml());
        if (a.quirksMode() != b.quirksMode()) problems.add(name + ": quirks mode " + a.quirksMode());
        List<Node> na = nodes(a), nb = nodes(b);
        if (na.size() != nb.size()) {
            problems.add(name + ": " + na.size() + " nodes, parsed " + nb.size());
            return problems;
        }
        for (int i = 0; i < na.size(); i++) {
            Node x = na.get(i), y = nb.get(i);
            if (!x.nodeName().equals(y.nodeName()) || !String.valueOf(v.direct.spanOf(x)).equals(String.valueOf(v.parsed.spanOf(y))))
                problems.add(name + ": node " + i + " " + x.nodeName() + " " + v.direct.spanOf(x) + ", parsed "
                        + y.nodeName() + " " + v.parsed.spanOf(y) + " in " + y.parent());
        }
        return problems;
    }

    private static List<Node> nodes(org.jsoup.nodes.Document d) {
        List<Node> all = new ArrayList<>();
        NodeTraversor.traverse((n, depth) -> all.add(n), d);
        return all;
    }
}
