package dev.contentlint.core.rule;

import dev.contentlint.core.document.Document;

/**
 * A check over one document. Implementations are stateless and thread-safe, carry {@link RuleInfo},
 * and report only through {@link RuleContext#report}. Options, if any, are a nested record named
 * {@code Options} whose components carry {@link Option}; read them with {@link RuleContext#options}.
 */
public interface Rule {
    void check(Document document, RuleContext context);
}
