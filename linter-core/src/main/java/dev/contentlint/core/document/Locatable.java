package dev.contentlint.core.document;

/** Anything in a document that has a source span a finding can point at. */
public interface Locatable {
    Span span();
}
