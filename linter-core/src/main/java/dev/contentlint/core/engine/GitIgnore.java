package dev.contentlint.core.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} file, matched against paths relative to the folder holding it:
 * comments, blank lines, {@code !} negation, {@code dir/} for folders only, {@code /anchored} and
 * {@code a/b} patterns relative to that folder, {@code *}, {@code ?}, {@code [..]} and {@code **}.
 * As in git, the last matching pattern decides; a path inside an ignored folder is never reached because
 * the walker does not enter ignored folders.
 */
final class GitIgnore {
    private record Rule(Pattern regex, boolean negated, boolean directoryOnly) {}

    private final Path directory;
    private final List<Rule> rules;

    private GitIgnore(Path directory, List<Rule> rules) {
        this.directory = directory;
        this.rules = rules;
    }

    /** Reads {@code directory/.gitignore}; null when there is none or it cannot be read. */
    static GitIgnore load(Path directory) {
        Path file = directory.resolve(".gitignore");
        if (!Files.isRegularFile(file)) return null;
        try {
            return parse(directory, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    static GitIgnore parse(Path directory, String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            Rule r = compile(raw);
            if (r != null) rules.add(r);
        }
        return new GitIgnore(directory, List.copyOf(rules));
    }

    Path directory() {
        return directory;
    }

    /**
     * Whether the last pattern matching {@code relative} (to this file's folder, {@code /} separators)
     * ignores it: TRUE ignored, FALSE re-included by a negation, null when no pattern matches.
     */
    Boolean match(String relative, boolean isDirectory) {
        Boolean result = null;
        for (Rule r : rules) {
            if (r.directoryOnly && !isDirectory) continue;
            if (r.regex.matcher(relative).matches()) result = !r.negated;
        }
        return result;
    }

    private static Rule compile(String raw) {
        String line = stripTrailingSpaces(raw);
        if (line.isEmpty() || line.startsWith("#")) return null;
        boolean negated = false;
        if (line.startsWith("!")) {
            negated = true;
            line = line.substring(1);
        }
        boolean directoryOnly = false;
        if (line.endsWith("/") && !line.endsWith("\\/")) {
            directoryOnly = true;
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) return null;
        // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
        boolean anchored = line.indexOf('/') >= 0;
        if (line.startsWith("/")) line = line.substring(1);
        StringBuilder re = new StringBuilder(anchored || line.startsWith("**/") ? "" : "(?:.*/)?");
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '*' && i + 1 < n && line.charAt(i + 1) == '*'
                    && (i == 0 || line.charAt(i - 1) == '/') && (i + 2 == n || line.charAt(i + 2) == '/')) {
                if (i + 2 == n) { re.append(".*"); i++; }      // trailing "/**": everything inside
                else { re.append("(?:.*/)?"); i += 2; }        // "**/": zero or more folders
                continue;
            }
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = line.indexOf(']', i + 2);
                    if (close < 0) { re.append("\\["); break; }
                    String cls = line.substring(i + 1, close);
                    if (cls.startsWith("!")) cls = "^" + cls.substring(1);
                    re.append('[').append(cls.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
                case '\\' -> {
                    if (i + 1 < n) re.append(Pattern.quote(String.valueOf(line.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Rule(Pattern.compile(re.toString()), negated, directoryOnly);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && !(end > 1 && s.charAt(end - 2) == '\\')) end--;
        String out = s.substring(0, end);
        return out.endsWith("\\ ") ? out.substring(0, out.length() - 2) + " " : out;
    }
}
