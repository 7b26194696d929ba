package dev.contentlint.rules.grammar;

import java.io.IOException;

/**
 * The daemon's state cannot be trusted, or what listens at its endpoint did not prove it is this user's daemon;
 * the message says what is wrong, at which path, and what to do about it.
 */
public final class DaemonTrustException extends IOException {
    /** The state whose endpoint did not prove itself, or null when the state itself is not to be trusted. */
    private final transient DaemonState stale;

    DaemonTrustException(String message) {
        this(message, null);
    }

    DaemonTrustException(String message, DaemonState stale) {
        super(message);
        this.stale = stale;
    }

    /** The state whose endpoint did not prove itself, or null when the state itself is not to be trusted. */
    DaemonState stale() {
        return stale;
    }
}
