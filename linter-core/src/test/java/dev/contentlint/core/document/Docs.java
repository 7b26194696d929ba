package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helpers: parse a string and locate words of the prose in the source. */
final class Docs {
    private Docs() {}

    static Document md(String text) {
        return parse(text, "doc.md", Format.MARKDOWN);
    }

    static Document html(String text) {
        return parse(text, "doc.html", Format.HTML);
    }

    static Document txt(String text) {
        return parse(text, "doc.txt", Format.TEXT);
    }

    static Document parse(String text, String name, Format format) {
        return Parsers.parse(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8), format);
    }

    /** The block whose text holds {@code word}. */
    static ProseBlock block(Document d, String word) {
        for (ProseBlock b : d.prose()) if (b.text().contains(word)) return b;
        return fail("no prose block holds '" + word + "'; blocks: " + d.prose().stream().map(ProseBlock::text).toList());
    }

    /** Where the first occurrence of {@code word} in the prose stands in the source. */
    static Location find(Document d, String word) {
        ProseBlock b = block(d, word);
        int i = b.text().indexOf(word);
        return d.location(b.sourceSpan(i, i + word.length()));
    }

    static Location loc(int line, int column, int endLine, int endColumn) {
        return new Location(line, column, endLine, endColumn);
    }
}
