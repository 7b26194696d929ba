package dev.contentlint.core.rule;

import dev.contentlint.core.document.Location;
import java.time.LocalDate;

/** What a corpus-level check sees: where to report, this rule's options, and today. */
public interface CorpusContext {
    /** Reports a finding in the file at {@code path} (relative, as the summaries are keyed). */
    void report(String path, Location location, String message);

    /** This rule's options for the file at {@code path} (overrides apply per file). */
    <T extends Record> T options(String path, Class<T> type);

    /** Whether this rule is enabled for the file at {@code path}. */
    boolean enabledFor(String path);

    LocalDate today();
}
