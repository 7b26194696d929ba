package dev.contentlint.cli;

import dev.contentlint.core.frontend.UsageException;

/** A problem the user can fix, found by the command line itself; printed as {@code contentlint: <message>}, exit 2. */
public final class CommandException extends UsageException {
    public CommandException(String message) {
        super(message);
    }
}
