package dev.contentlint.lsp;

import dev.contentlint.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Adds a word to a word list of the {@code dictionary:} setting, or a term to a file of the {@code glossary:}
 * setting. The server writes the file itself, atomically, rather than sending the editor an edit: the change is
 * then on disk at once, where the next check reads it, in every editor alike, and never lingers as an unsaved
 * buffer of a file the user did not open.
 */
final class WordLists {
    private WordLists() {
    }

    /** Appends {@code word} as a line of the word list {@code file}, unless the list has it already. */
    static boolean addWord(Path file, String word) throws IOException {
        String w = oneLine(word);
        String text = read(file);
        for (String line : text.split("\\R")) if (line.strip().equals(w)) return false;
        write(file, text + separator(text) + w + "\n");
        return true;
    }

    /**
     * Appends an entry for {@code term} to the glossary {@code file}: a {@code - term:} item of {@code terms:} in
     * YAML (the entry's definition is left for the writer), a heading in Markdown.
     */
    static void addTerm(Path file, String term) throws IOException {
        String t = oneLine(term);
        String text = read(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            String start = text.isBlank() ? "terms:\n" : text + separator(text);
            write(file, start + itemIndent(text) + "- term: " + yamlString(t) + "\n");
        } else {
            write(file, text + separator(text) + (text.isBlank() ? "" : "\n") + "## " + t + "\n");
        }
    }

    /** The indentation of the file's list items ({@code terms:} is the only key), two spaces when it has none. */
    private static String itemIndent(String yaml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^([ ]*)- ").matcher(yaml);
        return m.find() ? m.group(1) : "  ";
    }

    private static String oneLine(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.contains("\n") || t.contains("\r"))
            throw new IllegalArgumentException("a word or term is one line of text, not '" + s + "'");
        return t;
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String separator(String text) {
        return text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
