package dev.contentlint.cli;

/** A problem the user can fix, found by the command line itself; printed as {@code contentlint: <message>}, exit 2. */
public final class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }
}
