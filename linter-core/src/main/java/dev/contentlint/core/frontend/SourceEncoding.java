package dev.contentlint.core.frontend;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** The charset documents are read in, as a user names it ({@code --encoding}, the plugin's {@code encoding}). */
public final class SourceEncoding {
    private SourceEncoding() {}

    /**
     * The charset {@code name} names; UTF-8 when it is null or blank.
     *
     * @param parameter what the user named it with, repeated in the message
     * @throws UsageException when Java knows no charset of that name
     */
    public static Charset parse(String name, String parameter) {
        if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException(parameter + " must name a charset, such as UTF-8, ISO-8859-1 or windows-1252, not '"
                    + name.trim() + "'");
        }
    }
}
