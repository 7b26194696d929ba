package dev.contentlint.core.document;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Where {@link MarkdownHtmlView} writes the HTML of a Markdown page: as HTML text for jsoup to parse
 * ({@link RenderedHtml}) or as jsoup nodes built at once ({@link DirectHtml}).
 */
interface HtmlSink {
    /**
     * Opens element {@code name}, whose source is {@code source} (null: no span of its own), with
     * attributes given as name, value, name, value…; void elements (br, hr, img) are never closed.
     */
    void start(String name, Node source, String... attributes);

    /** Closes the innermost open element, {@code name}. */
    void end(String name);

    /** An element that was opened and is left for the HTML parser to close (an empty list item). */
    void leftOpen(String name);

    /** Text as it reads (not escaped). */
    void text(String text);

    /** A character reference as written in the source, such as {@code &copy;}. */
    void entity(CharSequence reference);

    /** Raw HTML of the source, copied verbatim: {@code node}'s whole text. */
    void raw(Node node);
}
