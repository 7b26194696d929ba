package dev.contentlint.core.html;

/**
 * Escapes text for HTML, for every place contentlint writes HTML: the readability report, the HTML view of
 * Markdown documents, HTML inside Markdown tables. XML formats have stricter rules and use their own writer.
 */
public final class Html {
    private Html() {}

    /** Text for element content or an attribute value in either quotes: {@code & < > " '} become references. */
    public static String escape(String s) {
        return escape(s, true);
    }

    /** Text for element content only: {@code & < >} become references, quotes stay as written. */
    public static String escapeText(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean quotes) {
        int i = 0;
        while (i < s.length() && !special(s.charAt(i), quotes)) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(quotes ? "&quot;" : "\"");
                case '\'' -> b.append(quotes ? "&#39;" : "'");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean special(char c, boolean quotes) {
        return c == '&' || c == '<' || c == '>' || quotes && (c == '"' || c == '\'');
    }
}
