package dev.contentlint.core.engine;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;

/**
 * A finding the run hides rather than reports, kept so outputs can show it as suppressed (SARIF
 * {@code suppressions}, the JSON report's {@code suppressed} list) instead of dropping it.
 *
 * @param finding       the hidden finding
 * @param kind          where the suppression is written
 * @param justification why, as its author wrote it, or null
 * @param location      where the inline comment that hid it stands, in the finding's file; null for a baseline entry
 */
public record SuppressedFinding(Finding finding, Kind kind, String justification, Location location) {
    /** A suppression written outside the document, where no location applies. */
    public SuppressedFinding(Finding finding, Kind kind, String justification) {
        this(finding, kind, justification, null);
    }

    /** Where a suppression is written: SARIF's two kinds. */
    public enum Kind {
        /** Outside the document: an entry of the baseline file. */
        EXTERNAL,
        /** In the document: an inline comment. */
        IN_SOURCE;

        /** The name SARIF and the JSON report use. */
        public String id() {
            return this == EXTERNAL ? "external" : "inSource";
        }
    }
}
