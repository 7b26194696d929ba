package dev.contentlint.core.rule;

import dev.contentlint.core.document.Document;
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
     * The summary as text for the run cache, or null when the rule cannot store it (the default). When every
     * corpus rule enabled for a file can, a later run reuses the file's findings and summaries without parsing
     * it again; otherwise an unchanged file is parsed again to summarize it.
     */
    default String storeSummary(S summary) {
        return null;
    }

    /**
     * The summary {@link #storeSummary} stored; it must equal the one stored, except that a summary holding the
     * file's place on disk takes {@code file}, where the file is now (a cache may move with a checkout).
     */
    default S loadSummary(String stored, java.nio.file.Path file) {
        throw new UnsupportedOperationException(getClass().getName() + " stores no summaries");
    }
}
