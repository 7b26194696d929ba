package dev.contentlint.rules.grammar;

/**
 * LanguageTool itself threw while checking one unit of prose (one of its rules fails on some input, for
 * example by placing a match end before its start): that unit goes unchecked, the rest of the file does not.
 */
public final class LanguageToolFailure extends RuntimeException {
    LanguageToolFailure(RuntimeException cause) {
        super(innermost(cause), cause);
    }

    /** The failure as the daemon reports it: its message, already the innermost one. */
    LanguageToolFailure(String message) {
        super(message);
    }

    /** The innermost message: LanguageTool wraps the rule's exception in two of its own that repeat the sentence. */
    private static String innermost(Throwable t) {
        Throwable last = t;
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) last = c;
        String m = last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
        m = m.replaceAll("</?sentcontent>", "").strip();
        return m.length() <= 200 ? m : m.substring(0, 200) + "…";
    }
}
