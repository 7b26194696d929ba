package dev.contentlint.core.config;

import java.util.regex.Pattern;

/**
 * A gitignore-style glob over relative paths with {@code /} separators: {@code *} matches within one
 * path segment, {@code **} across segments, {@code ?} one character, {@code [abc]} a class and
 * {@code {a,b}} alternatives. A pattern without {@code /} matches a file name at any depth.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** Compiles a glob; throws IllegalArgumentException with a readable message when it is malformed. */
    public static Glob compile(String glob) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        boolean anchored = g.contains("/") && !g.startsWith("**/");
        if (g.startsWith("/")) g = g.substring(1);
        StringBuilder re = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                        if (slashAfter) { re.append("(?:.*/)?"); i += 2; }
                        else { re.append(".*"); i += 1; }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = g.indexOf(']', i + 1);
                    if (close < 0) throw new IllegalArgumentException("unclosed '[' in glob \"" + glob + "\"");
                    String cls = g.substring(i + 1, close);
                    if (cls.startsWith("!")) cls = "^" + cls.substring(1);
                    re.append('[').append(cls.replace("\\", "\\\\")).append(']');
                    i = close;
                }
                case '{' -> { braces++; re.append("(?:"); }
                case '}' -> {
                    if (braces == 0) throw new IllegalArgumentException("unmatched '}' in glob \"" + glob + "\"");
                    braces--; re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < g.length()) re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) throw new IllegalArgumentException("unclosed '{' in glob \"" + glob + "\"");
        // A pattern naming a folder also matches everything below it.
        re.append("(?:/.*)?$");
        return new Glob(glob, Pattern.compile(re.toString()));
    }

    /** Whether {@code relativePath} ({@code /} separators, no leading {@code ./}) matches. */
    public boolean matches(String relativePath) {
        String p = relativePath.startsWith("./") ? relativePath.substring(2) : relativePath;
        return regex.matcher(p).matches();
    }

    /** True when the string contains glob syntax (so a CLI argument is a glob, not a path). */
    public static boolean isGlob(String s) {
        for (char c : s.toCharArray()) if (c == '*' || c == '?' || c == '[' || c == '{') return true;
        return false;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
