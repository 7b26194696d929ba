package dev.contentlint.core.report.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A section's title as a reader sees it, for the report: code in the heading stays, written between
 * backticks ({@code Formatting with `rustfmt`}), where {@link Section#title()} holds the heading's prose only.
 * Emphasis, links and tags are reduced to their text.
 */
final class SectionTitles {
    /** Longest heading source read; a heading longer than this is reported by its prose title. */
    private static final int MAX_SOURCE = 2_000;
    private static final Pattern ATX_OPEN = Pattern.compile("^ {0,3}#{1,6}[ \\t]*");
    private static final Pattern ATX_CLOSE = Pattern.compile("[ \\t]+#+[ \\t]*$|^#+[ \\t]*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("[ \\t]*\\{[#.][^}]*}[ \\t]*$");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final char PRIVATE_USE = '\uE000';
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)|!?\\[([^\\]]*)]\\[[^\\]]*]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");

    private SectionTitles() {}

    /** The display title of {@code section}; empty for the text before the first heading. */
    static String of(Document document, Section section) {
        if (section.level() == 0) return "";
        int start = section.heading().start(), end = section.heading().end();
        if (end - start > MAX_SOURCE || end > document.text().length()) return section.title();
        String source = document.text().substring(start, end);
        String title = document.format() == Format.MARKDOWN ? markdown(source)
                : document.format() == Format.HTML ? html(source) : section.title();
        return title.isBlank() ? section.title() : title;
    }

    static String markdown(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        if (ATX_OPEN.matcher(line).find()) {
            line = ATX_OPEN.matcher(line).replaceFirst("");
            line = ATX_CLOSE.matcher(line).replaceFirst("");
        }
        line = ATTRIBUTES.matcher(line).replaceFirst("");
        // A backslash escape is literal text: set the character aside where no markup pattern can see it.
        line = ESCAPED.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) (PRIVATE_USE + m.group(1).charAt(0)))));
        // Code spans are kept whole (set aside while the rest loses its markup, then put back).
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(line);
        StringBuilder marked = new StringBuilder();
        while (code.find()) {
            codes.add(code.group(2).strip());
            code.appendReplacement(marked, "\u0001" + (codes.size() - 1) + "\u0002");
        }
        code.appendTail(marked);
        String out = plain(marked.toString());
        Matcher back = Pattern.compile("\u0001(\\d+)\u0002").matcher(out);
        out = back.replaceAll(m -> Matcher.quoteReplacement("`" + codes.get(Integer.parseInt(m.group(1))) + "`"));
        StringBuilder literal = new StringBuilder(out.length());
        for (char c : out.toCharArray()) literal.append(c >= PRIVATE_USE && c < PRIVATE_USE + 128 ? (char) (c - PRIVATE_USE) : c);
        return literal.toString().replaceAll("\\s+", " ").strip();
    }

    private static String plain(String s) {
        s = IMAGE_OR_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        s = TAG.matcher(s).replaceAll("");
        String before;
        do {
            before = s;
            s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        } while (!s.equals(before));
        return s;
    }

    static String html(String source) {
        Element body = Jsoup.parseBodyFragment(source).body();
        Element heading = body.children().isEmpty() ? body : body.child(0);
        StringBuilder out = new StringBuilder();
        for (Node n : heading.childNodes()) append(n, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node n, StringBuilder out) {
        if (n instanceof TextNode t) out.append(t.text());
        else if (n instanceof Element e) {
            if (e.normalName().equals("code") || e.normalName().equals("kbd") || e.normalName().equals("samp")
                    || e.normalName().equals("tt")) {
                String code = e.text().strip();
                if (!code.isEmpty()) out.append('`').append(code).append('`');
            } else for (Node c : e.childNodes()) append(c, out);
        }
    }
}
