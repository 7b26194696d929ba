package dev.contentlint.testing;

/**
 * One finding a fixture expects.
 *
 * @param ruleId     the rule that must report
 * @param line       the 1-based line the finding must start on
 * @param substring  text the message must contain, or null
 * @param markerLine the line the {@code expect} marker itself stands on
 */
public record Expectation(String ruleId, int line, String substring, int markerLine) {
    /** The expectation as a fixture would write it, for failure listings. */
    public String describe() {
        return "line " + line + ": " + ruleId + (substring == null ? "" : " \"" + substring + "\"")
                + (markerLine == line ? "" : " (marker on line " + markerLine + ")");
    }
}
