package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.util.Locale;

/**
 * The default format: one GNU-style line per finding, {@code path:line:col: severity: message [rule-id]},
 * which editors and CI consoles turn into links; optionally with ANSI colour.
 */
public final class TextFormatter implements Formatter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        for (Finding f : result.findings()) {
            out.append(options.color() ? coloured(f) : GnuLine.of(f)).append('\n');
        }
    }

    private static String coloured(Finding f) {
        return BOLD + GnuLine.singleLine(f.path()) + RESET + ":" + f.location().line() + ":" + f.location().column() + ": "
                + colour(f.severity()) + f.severity().id() + RESET + ": " + GnuLine.singleLine(f.message())
                + " [" + f.ruleId() + "]";
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    /**
     * The one-line, plain ASCII summary the CLI prints on stderr, e.g. {@code 3 errors, 2 warnings,
     * 1 info in 4 files (12 checked) in 0.4 s} or {@code No problems found in 12 files (0.3 s)}.
     */
    public static String summary(RunResult result) {
        String seconds = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        int checked = result.files().size();
        if (result.findings().isEmpty()) {
            return "No problems found in " + plural(checked, "file", "files") + " (" + seconds + ")";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, result.count(Severity.ERROR), "error", "errors");
        append(sb, result.count(Severity.WARNING), "warning", "warnings");
        append(sb, result.count(Severity.INFO), "info", "info");
        long withFindings = result.findings().stream().map(Finding::path).distinct().count();
        sb.append(" in ").append(plural(withFindings, "file", "files"))
                .append(" (").append(checked).append(" checked) in ").append(seconds);
        return sb.toString();
    }

    private static void append(StringBuilder sb, long n, String one, String many) {
        if (n == 0) return;
        if (sb.length() > 0) sb.append(", ");
        sb.append(plural(n, one, many));
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
