package dev.contentlint.core.frontend;

/**
 * A problem the user fixes by changing how contentlint is run: a parameter value, a file to write, a file
 * to read besides the documents. Reported as its message alone, never with a stack trace.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
