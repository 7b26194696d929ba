package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.find;
import static dev.contentlint.core.document.Docs.loc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Document parse(byte[] bytes, Format format) {
        return Parsers.parse(Path.of("f"), "f", bytes, format);
    }

    @Test
    void utf8BomIsStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Document d = parse(concat(bom, "# Café target\n".getBytes(StandardCharsets.UTF_8)), Format.MARKDOWN);
        assertEquals("# Café target\n", d.text());
        assertEquals(loc(1, 8, 1, 14), find(d, "target"));
        assertEquals("Café target", d.sections().get(0).title());
    }

    @Test
    void utf16LittleEndianBomIsHonoured() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Document d = parse(concat(bom, "<p>中文 😀 target</p>\r\n".getBytes(StandardCharsets.UTF_16LE)), Format.HTML);
        assertEquals("<p>中文 😀 target</p>\r\n", d.text());
        assertEquals(loc(1, 9, 1, 15), find(d, "target"));
        assertTrue(d.issues().isEmpty(), d.issues().toString());
    }

    @Test
    void utf16BigEndianBomIsHonoured() {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        Document d = parse(concat(bom, "Title\n\nSome\u0000 target text.\n".getBytes(StandardCharsets.UTF_16BE)), Format.TEXT);
        assertTrue(d.issues().isEmpty(), "a NUL in UTF-16 text is not binary: " + d.issues());
        assertEquals(loc(3, 7, 3, 13), find(d, "target"));
    }

    @Test
    void invalidUtf8IsReplacedAndReported() {
        byte[] bytes = concat("ab".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        bytes = concat(bytes, "cd target\n".getBytes(StandardCharsets.UTF_8));
        Document d = parse(bytes, Format.TEXT);
        assertEquals("ab\uFFFDcd target\n", d.text());
        assertEquals(1, d.issues().size());
        ParseIssue i = d.issues().get(0);
        assertEquals("contentlint/encoding", i.ruleId());
        assertEquals(new Span(2, 3), i.span());
        assertEquals("Invalid UTF-8 at byte 2; decoded with replacement characters. Save the file as UTF-8.", i.message());
        assertEquals(loc(1, 7, 1, 13), find(d, "target"));
    }

    private static final java.nio.charset.Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @Test
    void declaredCharsetReadsContentWithoutAMark() {
        byte[] bytes = "# Café déjà target\n".getBytes(LATIN_1);
        Document d = Parsers.parse(Path.of("f"), "f", bytes, Format.MARKDOWN, LATIN_1, Deadline.NONE);
        assertEquals("# Café déjà target\n", d.text());
        assertTrue(d.issues().isEmpty(), d.issues().toString());
        assertEquals(loc(1, 13, 1, 19), find(d, "target"));
        assertEquals("Invalid UTF-8 at byte 5; decoded with replacement characters. Save the file as UTF-8.",
                parse(bytes, Format.MARKDOWN).issues().get(0).message(), "the same bytes are not UTF-8");
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaredCharset() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Document d = Parsers.parse(Path.of("f"), "f", concat(bom, "Café target\n".getBytes(StandardCharsets.UTF_8)),
                Format.TEXT, LATIN_1, Deadline.NONE);
        assertEquals("Café target\n", d.text());
        assertTrue(d.issues().isEmpty(), d.issues().toString());
        byte[] wide = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "中文 target\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("中文 target\n", Parsers.parse(Path.of("f"), "f", wide, Format.TEXT, LATIN_1, Deadline.NONE).text());
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAreReplacedAndReported() {
        java.nio.charset.Charset ascii = StandardCharsets.US_ASCII;
        byte[] bytes = concat("ab".getBytes(ascii), new byte[] {(byte) 0xE9});
        bytes = concat(bytes, "cd target\n".getBytes(ascii));
        Document d = Parsers.parse(Path.of("f"), "f", bytes, Format.TEXT, ascii, Deadline.NONE);
        assertEquals("ab\uFFFDcd target\n", d.text());
        ParseIssue i = d.issues().get(0);
        assertEquals("contentlint/encoding", i.ruleId());
        assertEquals(new Span(2, 3), i.span());
        assertEquals("Invalid US-ASCII at byte 2; decoded with replacement characters. Save the file as US-ASCII, "
                + "or declare the encoding it is written in.", i.message());
    }

    @Test
    void aNulByteIsTextInDeclaredUtf16AndBinaryInLatin1() {
        byte[] wide = "Some target\n".getBytes(StandardCharsets.UTF_16LE);
        Document d = Parsers.parse(Path.of("f"), "f", wide, Format.TEXT, StandardCharsets.UTF_16LE, Deadline.NONE);
        assertEquals("Some target\n", d.text());
        assertTrue(d.issues().isEmpty(), d.issues().toString());
        assertEquals("contentlint/binary-file",
                Parsers.parse(Path.of("f"), "f", wide, Format.TEXT, LATIN_1, Deadline.NONE).issues().get(0).ruleId());
    }

    @Test
    void binaryContentGivesAnEmptyDocument() {
        Document d = parse(new byte[] {'P', 'K', 3, 4, 0, 0, 'x', 'y'}, Format.MARKDOWN);
        assertEquals("", d.text());
        assertEquals(1, d.issues().size());
        assertEquals("contentlint/binary-file", d.issues().get(0).ruleId());
        assertEquals(Span.START, d.issues().get(0).span());
        assertTrue(d.issues().get(0).message().startsWith("Binary file skipped"));
        assertTrue(d.prose().isEmpty());
    }

    @Test
    void emptyFilesAreValidEmptyDocuments() {
        for (Format f : Format.values()) {
            Document d = parse(new byte[0], f);
            assertEquals("", d.text());
            assertTrue(d.issues().isEmpty(), f + ": " + d.issues());
            assertTrue(d.prose().isEmpty(), f.toString());
            assertTrue(d.sections().isEmpty(), f.toString());
            assertEquals(0, d.html().select("p").size());
        }
    }

    @Test
    void lineEndingsAndTabsAreKept() {
        String text = "a\tb target\r\nnext\rlast\n";
        Document d = parse(text.getBytes(StandardCharsets.UTF_8), Format.TEXT);
        assertEquals(text, d.text());
        assertEquals(4, d.source().lineCount());
        assertEquals(loc(1, 5, 1, 11), find(d, "target"));
        assertEquals(loc(3, 1, 3, 5), find(d, "last"));
    }
}
