package dev.contentlint.core.document;

/**
 * Something wrong with the input itself that the parser found and worked around (invalid front
 * matter, invalid UTF-8, ...). The engine reports it as a finding of {@code ruleId}.
 *
 * @param ruleId  a {@code contentlint/*} id, e.g. {@code contentlint/front-matter}
 * @param span    where it is
 * @param message what is wrong and what to change
 */
public record ParseIssue(String ruleId, Span span, String message) implements Locatable {}
