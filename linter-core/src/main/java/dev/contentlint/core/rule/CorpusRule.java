package dev.contentlint.core.rule;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.util.Map;

/**
 * A rule that also needs the whole run (unused glossary entries, passages duplicated across files).
 * Per file, {@link #summarize} extracts what the corpus check needs; after every file,
 * {@link #checkCorpus} gets those summaries keyed by relative path and reports through its context.
 *
 * @param <S> an immutable per-file summary
 */
public interface CorpusRule<S> extends Rule {
    /** What this rule needs from one document for the corpus check; null when nothing. */
    S summarize(Document document, RuleContext context);

    /** Runs once after all files; {@code summaries} is keyed by relative path, in path order. */
    void checkCorpus(Map<String, S> summaries, CorpusContext context);

    /**
     * Writes the summary for the run cache and says whether it did; the default stores nothing. When every
     * corpus rule enabled for a file stores, a later run reuses the file's findings and summaries without parsing
     * it again; otherwise an unchanged file is parsed again to summarize it.
     */
    default boolean storeSummary(S summary, FieldWriter out) {
        return false;
    }

    /**
     * The summary {@link #storeSummary} wrote; it must equal the one stored, except that a summary holding the
     * file's place on disk takes {@code file}, where the file is now (a cache may move with a checkout).
     */
    default S loadSummary(FieldReader in, java.nio.file.Path file) {
        throw new UnsupportedOperationException(getClass().getName() + " stores no summaries");
    }
}
