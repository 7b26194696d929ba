package dev.contentlint.core.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Parses an HTML file with jsoup, tracking source positions. jsoup reports positions as UTF-16 offsets
 * into the string it was given, which is the decoded source (BOM removed, CR and CRLF kept), so they
 * are used as they are; {@link Document#spanOf} is exact for every element, and an element left
 * unclosed ends where its last descendant ends.
 */
final class HtmlParser {
    private HtmlParser() {}

    static Document parse(Path path, String relativePath, SourceText source, List<ParseIssue> issues, Deadline deadline) {
        try {
            return parseHtml(path, relativePath, source, issues, deadline);
        } catch (StackOverflowError e) {
            List<ParseIssue> all = new java.util.ArrayList<>(issues);
            all.add(new ParseIssue("contentlint/parse-error", Span.START,
                    "HTML nested too deeply to parse; the file was read as plain text. Reduce the nesting."));
            Document d = TextParser.parse(path, relativePath, source, all);
            Document.Builder b = Document.builder(path, relativePath, Format.HTML, source);
            d.issues().forEach(b::issue);
            d.prose().forEach(b::prose);
            return b.html(d.html()).htmlSpans(d::spanOf).build();
        }
    }

    private static Document parseHtml(Path path, String relativePath, SourceText source, List<ParseIssue> issues,
                                      Deadline deadline) {
        FrontMatterParser.Result fm = FrontMatterParser.parse(source);
        // Jekyll and Eleventy sources start with YAML front matter: blanked (line breaks kept, so every
        // offset stays) before jsoup reads the page, it is front matter, not the page's first paragraph.
        String text = fm.contentStart() > 0 ? blank(source.text(), fm.contentStart()) : source.text();
        org.jsoup.nodes.Document html = Parser.htmlParser().setTrackPosition(true).parseInput(deadline.reader(text), "");
        HtmlExtractor x = new HtmlExtractor(text, 0, TemplateRanges.scan(text)).extract(html);
        Document.Builder b = Document.builder(path, relativePath, Format.HTML, source);
        issues.forEach(b::issue);
        b.frontMatter(fm.frontMatter());
        if (fm.issue() != null) b.issue(fm.issue());
        x.prose.forEach(b::prose);
        x.images.forEach(b::image);
        x.links.forEach(b::link);
        x.tables.forEach(b::table);
        x.comments.forEach(b::comment);
        int firstHeading = x.headings.isEmpty() ? text.length() : x.headings.get(0).span().start();
        boolean preamble = x.prose.stream().anyMatch(p -> p.span().start() < firstHeading);
        SectionBuilder.build(x.headings, text, 0, preamble).forEach(b::section);
        Map<org.jsoup.nodes.Node, Span> spans = x.spans;
        return b.html(html).htmlSpans(spans::get).build();
    }

    /** {@code text} with its first {@code end} characters turned into spaces, line breaks kept. */
    private static String blank(String text, int end) {
        char[] c = text.toCharArray();
        for (int i = 0; i < end; i++) if (c[i] != '\n' && c[i] != '\r') c[i] = ' ';
        return new String(c);
    }
}
