package dev.contentlint.core.document;

import org.jsoup.nodes.Element;

/**
 * An image: a Markdown image or an HTML {@code <img>}.
 *
 * @param source  the image URL as written
 * @param alt     the alternative text, or null when there is no alt at all (HTML without the attribute)
 * @param span    source span of the whole image construct
 * @param element the HTML element, or null for a Markdown image
 */
public record Image(String source, String alt, Span span, Element element) implements Locatable {
    public boolean hasAlt() {
        return alt != null;
    }
}
