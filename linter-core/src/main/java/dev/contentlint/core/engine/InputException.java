package dev.contentlint.core.engine;

/** An input the user named does not exist or matches nothing: a usage error (exit 2), not a finding. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
