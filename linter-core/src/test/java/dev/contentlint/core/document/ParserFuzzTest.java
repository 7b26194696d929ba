package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz tests of the parsers: any bytes give a document without an exception, and every span of the model
 * lies within the text. A build replays the inputs under {@code ParserFuzzTestInputs/<method>/} (seeds and
 * every input that once failed); {@code bench/fuzz.sh} mutates them for a set time.
 */
class ParserFuzzTest {
    /** Inputs are capped so that a slow parse of a huge input (a budget question, not a crash) cannot stall a replay. */
    static final int MAX_BYTES = 16 * 1024;

    @FuzzTest
    void markdown(byte[] input) {
        check(input, Format.MARKDOWN, "doc.md");
    }

    @FuzzTest
    void html(byte[] input) {
        check(input, Format.HTML, "page.html");
    }

    @FuzzTest
    void text(byte[] input) {
        check(input, Format.TEXT, "notes.txt");
    }

    /** The YAML between the --- lines, through the Markdown parser that finds it, and on its own. */
    @FuzzTest
    void frontMatter(byte[] input) {
        if (input.length > MAX_BYTES) return;
        String yaml = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        String text = "---\n" + yaml + "\n---\n# Title\n\nBody.\n";
        Document doc = Parsers.parse(Path.of("fm.md"), "fm.md", text, Format.MARKDOWN);
        assertEquals(List.of(), DocumentInvariants.violations(doc));
        FrontMatterParser.Result r = FrontMatterParser.parse(new SourceText(text));
        if (r.contentStart() < 0 || r.contentStart() > text.length())
            throw new AssertionError("content starts at " + r.contentStart() + " of " + text.length());
    }

    private static void check(byte[] input, Format format, String name) {
        if (input.length > MAX_BYTES) return;
        Document doc = Parsers.parse(Path.of(name), name, input, format);
        assertEquals(List.of(), DocumentInvariants.violations(doc));
    }
}
