package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which the runner turns into
 * annotations on the pull request's changed lines.
 */
public final class GithubFormatter implements Formatter {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        for (Finding f : result.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            var l = f.location();
            out.append("::").append(command)
                    .append(" file=").append(escapeProperty(f.path()))
                    .append(",line=").append(Integer.toString(l.line()))
                    .append(",col=").append(Integer.toString(l.column()))
                    .append(",endLine=").append(Integer.toString(l.endLine()))
                    .append(",endColumn=").append(Integer.toString(l.endColumn()))
                    .append(",title=").append(escapeProperty(f.ruleId()))
                    .append("::").append(escapeData(f.message()))
                    .append('\n');
        }
    }

    /** The runner's escaping for a command's message: {@code %}, CR and LF. */
    public static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping for a property value: as for data, plus {@code :} and {@code ,}. */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
