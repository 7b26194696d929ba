package dev.contentlint.rules.freshness;

import dev.contentlint.core.rule.ServiceFactory;

/** Creates the run's {@link GitHistory}; nothing runs git until a rule asks about a file. */
public final class GitHistoryFactory implements ServiceFactory<GitHistory> {
    /** How long one git command may take before the check gives up on it. */
    static final long TIMEOUT_SECONDS = 60;

    @Override
    public Class<GitHistory> type() {
        return GitHistory.class;
    }

    @Override
    public GitHistory create(ServiceSettings settings) {
        return new GitHistory("git", TIMEOUT_SECONDS);
    }
}
