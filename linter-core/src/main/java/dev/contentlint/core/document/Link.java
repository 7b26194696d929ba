package dev.contentlint.core.document;

import org.jsoup.nodes.Element;

/**
 * A link: Markdown inline, reference or autolink, or an HTML {@code <a href>}.
 *
 * @param destination the resolved destination as written (reference links resolved), may be empty
 * @param text        the link text as prose
 * @param span        source span of the whole link
 * @param element     the HTML element, or null for a Markdown link
 */
public record Link(String destination, String text, Span span, Element element) implements Locatable {}
