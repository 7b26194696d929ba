package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import java.io.IOException;

/** Writes a run's findings in one output format. */
public interface Formatter {
    /** The name used with {@code --format}. */
    String name();

    void write(RunResult result, Appendable out, FormatOptions options) throws IOException;
}
