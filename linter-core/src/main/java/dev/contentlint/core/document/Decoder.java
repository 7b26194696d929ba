package dev.contentlint.core.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: honours and strips UTF-8 and UTF-16 byte order marks, decodes
 * everything else in the declared charset, UTF-8 unless the run says otherwise (replacing invalid
 * sequences), and recognises binary content.
 */
final class Decoder {
    /** How much of a file is searched for a NUL byte to call it binary. */
    static final int BINARY_PROBE = 8192;

    /**
     * The outcome of decoding.
     *
     * @param text   the decoded text, BOM removed ("" for binary content)
     * @param binary whether the content looked binary and was not decoded
     * @param issue  a problem with the encoding, or null
     */
    record Decoded(String text, boolean binary, ParseIssue issue) {}

    private Decoder() {}

    static Decoded decode(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /** The text of {@code bytes} in {@code charset}; a byte order mark wins over it. */
    static Decoded decode(byte[] bytes, Charset charset) {
        int n = bytes.length;
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), false, null);
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), false, null);
        int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (start == 3) charset = StandardCharsets.UTF_8;
        // In UTF-16 or UTF-32 without a mark a NUL byte is ordinary text.
        boolean nulMeansBinary = asciiCompatible(charset);
        for (int i = start, probeEnd = nulMeansBinary ? Math.min(n, start + BINARY_PROBE) : 0; i < probeEnd; i++) {
            if (bytes[i] == 0) {
                return new Decoded("", true, new ParseIssue("contentlint/binary-file", Span.START,
                        "Binary file skipped (it contains a NUL byte); lint only text files or exclude this one."));
            }
        }
        try {
            String text = strictDecoder(charset).decode(ByteBuffer.wrap(bytes, start, n - start)).toString();
            return new Decoded(text, false, null);
        } catch (CharacterCodingException e) {
            return decodeWithReplacement(bytes, start, charset);
        }
    }

    /** Whether {@code charset} writes ASCII as ASCII, one byte a character, as UTF-8 and the ISO and Windows sets do. */
    static boolean asciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8)
                || charset.canEncode() && java.util.Arrays.equals("A\n".getBytes(charset), new byte[] {'A', '\n'});
    }

    private static Decoded decodeWithReplacement(byte[] bytes, int start, Charset charset) {
        CharsetDecoder strict = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = strict.decode(in, out, true);
        int badByte = in.position();
        int badChar = out.position();
        if (!r.isError()) badByte = bytes.length; // defensive: the strict pass failed, so an error exists
        String text = new String(bytes, start, bytes.length - start, charset);
        int at = Math.min(badChar, text.length());
        Span span = new Span(at, Math.min(at + 1, text.length()));
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        String fix = charset.equals(StandardCharsets.UTF_8) ? "Save the file as UTF-8."
                : "Save the file as " + name + ", or declare the encoding it is written in.";
        return new Decoded(text, false, new ParseIssue("contentlint/encoding", span,
                "Invalid " + name + " at byte " + badByte + "; decoded with replacement characters. " + fix));
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
