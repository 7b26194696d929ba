package dev.contentlint.core.report;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, which Jenkins warnings-ng, SonarQube importers and many IDE plugins read; every checked
 * file is listed, also those without findings, so consumers can tell "clean" from "not checked".
 */
public final class CheckstyleFormatter implements Formatter {
    /** The Checkstyle report version that consumers expect in the root element. */
    public static final String CHECKSTYLE_VERSION = "4.3";

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        XmlWriter x = new XmlWriter(out);
        x.declaration();
        x.start("checkstyle").attribute("version", CHECKSTYLE_VERSION);
        for (Map.Entry<String, List<Finding>> file : ReportFiles.byPath(result).entrySet()) {
            x.start("file").attribute("name", file.getKey());
            for (Finding f : file.getValue()) {
                x.start("error").attribute("line", Math.max(1, f.location().line()));
                if (f.location().column() >= 1) x.attribute("column", f.location().column());
                x.attribute("severity", f.severity().id())
                        .attribute("message", f.message())
                        .attribute("source", source(f.ruleId()))
                        .end();
            }
            x.end();
        }
        x.end();
        x.finish();
    }

    /**
     * {@code freshness/stale-date} → {@code contentlint.freshness/stale-date}: warnings-ng reads the part
     * after the last dot as the issue type, so the type shown is exactly the rule id users configure.
     */
    static String source(String ruleId) {
        return "contentlint." + ruleId;
    }
}
