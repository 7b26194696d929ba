package dev.contentlint.core.fix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A file's text with what it takes to write it back byte for byte the same: its byte order mark and its
 * encoding. It decodes as the parser does, so fix positions in the parsed text are positions in this one.
 *
 * @param text    the text, byte order mark removed, line endings as they are
 * @param bom     the byte order mark the file starts with, possibly none
 * @param charset the charset the file was read in: the one its byte order mark gives, else the declared one
 */
public record EncodedText(String text, byte[] bom, Charset charset) {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    public EncodedText {
        bom = bom.clone();
    }

    @Override
    public byte[] bom() {
        return bom.clone();
    }

    /**
     * The text of {@code bytes}; empty when writing it back could change bytes no fix touched: invalid UTF-8
     * (the parser read it with replacement characters) or binary content.
     */
    public static Optional<EncodedText> decode(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The text of {@code bytes} as the engine reads it with {@code charset} declared: a byte order mark wins; empty
     * for bytes that are invalid in the charset or binary content.
     */
    public static Optional<EncodedText> decode(byte[] bytes, Charset charset) {
        if (startsWith(bytes, UTF16LE_BOM)) return strict(bytes, UTF16LE_BOM, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, UTF16BE_BOM)) return strict(bytes, UTF16BE_BOM, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, UTF8_BOM)) charset = StandardCharsets.UTF_8;
        byte[] bom = startsWith(bytes, UTF8_BOM) ? UTF8_BOM : new byte[0];
        if (asciiCompatible(charset))
            for (int i = bom.length; i < bytes.length; i++) if (bytes[i] == 0) return Optional.empty();
        return strict(bytes, bom, charset);
    }

    /** Whether {@code newText} can be written in this file's charset without losing a character. */
    public boolean canEncode(String newText) {
        return charset.newEncoder().canEncode(newText);
    }

    /** {@code newText} in this file's encoding, after its byte order mark. */
    public byte[] encode(String newText) {
        byte[] body = newText.getBytes(charset);
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static Optional<EncodedText> strict(byte[] bytes, byte[] bom, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
            return Optional.of(new EncodedText(text, bom, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean asciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8)
                || charset.canEncode() && Arrays.equals("A\n".getBytes(charset), new byte[] {'A', '\n'});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
