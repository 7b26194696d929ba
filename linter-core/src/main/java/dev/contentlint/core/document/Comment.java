package dev.contentlint.core.document;

/**
 * An HTML comment ({@code <!-- ... -->}) in Markdown or HTML: where inline configuration and fixture
 * expectations live.
 *
 * @param text the text between {@code <!--} and {@code -->}, untrimmed
 * @param span source span of the whole comment
 */
public record Comment(String text, Span span) implements Locatable {}
