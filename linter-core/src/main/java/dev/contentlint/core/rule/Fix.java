package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;

/**
 * A suggested replacement of a source range.
 *
 * @param location    what to replace
 * @param replacement the new text
 * @param description short label for the fix, e.g. {@code Replace with "its"}
 */
public record Fix(Location location, String replacement, String description) {}
