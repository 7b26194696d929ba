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

    /**
     * The runner's escaping for a command's message: {@code %}, CR and LF. Other control characters
     * (which could drive the log viewer's terminal emulation) and lone surrogates (which no encoding can
     * write) become U+FFFD.
     */
    public static String escapeData(String s) {
        return sanitize(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String sanitize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean control = cp != '\t' && cp != '\r' && cp != '\n' && (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f));
            boolean loneSurrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
            sb.appendCodePoint(control || loneSurrogate ? 0xFFFD : cp);
        }
        return sb.toString();
    }

    /** The runner's escaping for a property value: as for data, plus {@code :} and {@code ,}. */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
