package dev.contentlint.core.config;

import java.util.regex.Pattern;

/**
 * A gitignore-style glob over relative paths with {@code /} separators: {@code *} matches within one
 * path segment, {@code **} across segments, {@code ?} one character, {@code [abc]} a class and
 * {@code {a,b}} alternatives ({@code [!abc]} negates). A pattern without {@code /} (a trailing one
 * aside) matches a name at any depth, a pattern naming a folder matches everything below it, and
 * {@code **} counts only as a whole segment ({@code a**b} is {@code a*b}).
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
        String g = glob;
        while (g.startsWith("./")) g = g.substring(2);
        // A trailing slash means "this folder": it matches what is below it, and does not anchor the pattern.
        boolean folderOnly = g.endsWith("/") && !g.endsWith("\\/");
        while (g.endsWith("/") && g.length() > 1) g = g.substring(0, g.length() - 1);
        boolean anchored = g.contains("/") && !g.startsWith("**/");
        if (g.startsWith("/")) g = g.substring(1);
        if (g.isEmpty() || g.equals("/")) throw new IllegalArgumentException("empty glob");
        StringBuilder re = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    int end = i;
                    while (end + 1 < g.length() && g.charAt(end + 1) == '*') end++;
                    boolean segmentStart = i == 0 || g.charAt(i - 1) == '/';
                    boolean segmentEnd = end + 1 == g.length() || g.charAt(end + 1) == '/';
                    if (end > i && segmentStart && segmentEnd) {
                        // `**` as a whole segment spans folders; anywhere else it is an ordinary star.
                        if (end + 1 < g.length()) { re.append("(?:.*/)?"); end++; }
                        else re.append(".*");
                    } else {
                        re.append("[^/]*");
                    }
                    i = end;
                }
                case '?' -> re.append("[^/]");
                case '[' -> i = charClass(glob, g, i, re);
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
        re.append(folderOnly ? "/.*$" : "(?:/.*)?$");
        return new Glob(glob, Pattern.compile(re.toString()));
    }

    /** Appends the class starting at {@code open} as a regex class; returns the index of its {@code ]}. */
    private static int charClass(String glob, String g, int open, StringBuilder re) {
        int i = open + 1;
        boolean negated = i < g.length() && (g.charAt(i) == '!' || g.charAt(i) == '^');
        if (negated) i++;
        // A `]` right after the opening (or its negation) is a member, as in shells.
        int close = g.indexOf(']', i < g.length() && g.charAt(i) == ']' ? i + 1 : i);
        if (close < 0) throw new IllegalArgumentException("unclosed '[' in glob \"" + glob + "\"");
        re.append(negated ? "[^/" : "[");
        for (int k = i; k < close; k++) {
            char c = g.charAt(k);
            // Characters that mean something inside a Java regex class are taken literally.
            if (c == '[' || c == ']' || c == '&' || c == '\\' || c == '^') re.append('\\');
            re.append(c);
        }
        re.append(']');
        return close;
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
