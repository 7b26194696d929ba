package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;

/**
 * A suggested replacement of a source range. A finding's fixes are alternatives: at most one of them is
 * applied.
 *
 * @param location    what to replace
 * @param replacement the new text
 * @param description short label for the fix, e.g. {@code Replace with "its"}
 * @param safety      whether the fix may be applied unasked; null in what a rule reports means the class its
 *                    {@link RuleInfo#fixes()} declares, and the engine fills it in, so no finding it returns
 *                    has a fix without one
 */
public record Fix(Location location, String replacement, String description, FixSafety safety) {
    /** A fix of the class its rule declares. */
    public Fix(Location location, String replacement, String description) {
        this(location, replacement, description, null);
    }

    /** This fix with {@code s} as its class. */
    public Fix withSafety(FixSafety s) {
        return new Fix(location, replacement, description, s);
    }
}
