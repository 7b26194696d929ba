package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.util.List;

/**
 * GitLab Code Quality JSON ({@code artifacts:reports:codequality}): an array of Code Climate issues whose
 * fingerprints are stable when lines move (see {@link Fingerprints}).
 */
public final class GitlabFormatter implements Formatter {
    @Override
    public String name() {
        return "gitlab";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        List<String> fingerprints = Fingerprints.of(result.findings());
        JsonWriter w = new JsonWriter(out);
        w.beginArray();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            int begin = Math.max(1, f.location().line());
            w.beginObject();
            w.member("type", "issue");
            w.member("check_name", f.ruleId());
            w.member("description", f.message());
            w.member("severity", severity(f));
            w.member("fingerprint", fingerprints.get(i));
            w.name("location").beginObject()
                    .member("path", f.path())
                    .name("lines").beginObject()
                    .member("begin", begin)
                    .member("end", Math.max(begin, f.location().endLine()))
                    .endObject()
                    .endObject();
            w.endObject();
        }
        w.endArray();
        w.finish();
    }

    /** GitLab's scale is info, minor, major, critical, blocker; contentlint uses the lower three. */
    static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
