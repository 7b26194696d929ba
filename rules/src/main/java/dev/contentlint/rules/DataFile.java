package dev.contentlint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a data file shipped in the rules jar: one entry a line; blank lines and {@code #} lines are comments. */
public final class DataFile {
    private DataFile() {}

    /** The entries of {@code resource}, found relative to {@code owner}'s package, with their line numbers. */
    public static List<Line> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the rules jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            int number = 0;
            for (String line; (line = r.readLine()) != null; ) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) out.add(new Line(number, line));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the rules jar", e);
        }
    }

    /** One entry and the line it stands on, for messages about a malformed entry. */
    public record Line(int number, String text) {}
}
