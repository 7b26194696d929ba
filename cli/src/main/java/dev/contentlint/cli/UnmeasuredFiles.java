package dev.contentlint.cli;

import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.engine.InternalRules;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.report.GnuLine;
import dev.contentlint.core.rule.Finding;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a run that a product could not measure (unreadable, too large, binary, not parseable), and the
 * engine's findings that say why, for commands whose output is the product rather than the findings.
 */
final class UnmeasuredFiles {
    private UnmeasuredFiles() {}

    /** The relative paths of the files without {@code product}, in path order. */
    static List<String> of(RunResult result, DocumentProduct<?> product) {
        return result.files().stream().filter(p -> result.product(p, product).isEmpty()).toList();
    }

    /** Prints the engine's findings on those files, one per line as {@code check} prints them. */
    static void print(RunResult result, DocumentProduct<?> product, PrintStream err) {
        Set<String> unmeasured = new HashSet<>(of(result, product));
        if (unmeasured.isEmpty()) return;
        for (Finding f : result.findings())
            if (unmeasured.contains(f.path()) && InternalRules.isInternal(f.ruleId())) err.println(GnuLine.of(f));
        err.flush();
    }
}
