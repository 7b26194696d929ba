package dev.contentlint.cli;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Writes an exception's trace, with its causes, for {@code CONTENTLINT_DEBUG=1} runs. */
final class StackTraces {
    private StackTraces() {
    }

    static void write(Throwable t, PrintStream err) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable cur = t; cur != null && seen.add(cur); cur = cur.getCause()) {
            err.println(prefix + cur);
            for (StackTraceElement e : cur.getStackTrace()) err.println("\tat " + e);
            prefix = "Caused by: ";
        }
    }
}
