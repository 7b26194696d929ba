package dev.contentlint.core.rule;

import dev.contentlint.core.document.Locatable;
import dev.contentlint.core.document.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Node;

/**
 * What a rule sees of the run while it checks one document: where to report, its options, today's
 * date and shared services. One context per rule per document; not shared between threads.
 */
public interface RuleContext {
    /**
     * Reports a finding at a source span (null: line 1, column 1). The finding gets the rule's id, the severity
     * the file's config gives the rule, the document's path and the span's line and column; inline
     * {@code contentlint-disable} comments are applied after the rule has run, so a rule reports everything.
     */
    void report(Span span, String message);

    /** Reports a finding with suggested fixes and extra properties (either may be empty). */
    void report(Span span, String message, List<Fix> fixes, Map<String, String> properties);

    default void report(Locatable node, String message) {
        report(node.span(), message);
    }

    /** Reports at a node of the document's HTML view. */
    void report(Node htmlNode, String message);

    /** Reports a finding about the whole file, at line 1, column 1 (absence findings). */
    default void reportFile(String message) {
        report(Span.START, message);
    }

    /**
     * Reports a note about the run rather than a problem in the document (e.g. a check that had to be
     * skipped): always at {@link Severity#INFO}, whatever severity the rule is configured at.
     */
    default void reportNote(Span span, String message) {
        report(span, message);
    }

    /** This rule's options record, bound and validated from config (defaults where config is silent). */
    <T extends Record> T options(Class<T> type);

    /** Today as the run sees it: config {@code today:} or {@code --today}, else the system date. */
    LocalDate today();

    /** The document language from config (BCP 47, e.g. {@code en-US}). */
    String language();

    /** The value of a top-level config setting, parsed when the config loaded; its default when unset. */
    <T> T setting(SettingSpec<T> spec);

    /**
     * A shared service, created lazily on first use by the {@link ServiceFactory} registered for its type
     * (per worker thread when the factory says so). Throws when no factory knows the type.
     */
    <T> T service(Class<T> type);
}
