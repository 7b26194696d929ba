package dev.contentlint.core.report;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * contentlint's own JSON report, version 1; the shape is documented in {@code docs/json-format.md} and
 * only grows by new keys within a version.
 */
public final class JsonFormatter implements Formatter {
    /** Bumped only when a key is removed or changes meaning. */
    public static final int VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("version", VERSION);
        w.name("tool").beginObject().member("name", "contentlint").member("version", options.toolVersion())
                .endObject();
        w.name("summary").beginObject()
                .member("files", result.files().size())
                .member("errors", result.count(Severity.ERROR))
                .member("warnings", result.count(Severity.WARNING))
                .member("infos", result.count(Severity.INFO))
                .endObject();
        w.name("files").beginArray();
        for (String file : result.files()) w.value(file);
        w.endArray();
        w.name("findings").beginArray();
        for (Finding f : result.findings()) finding(w, f, result.rule(f.ruleId()), null);
        w.endArray();
        // Only a run that hid findings has the key, so the report of every other run stays as it was.
        if (!result.suppressed().isEmpty()) {
            w.name("suppressed").beginArray();
            for (SuppressedFinding s : result.suppressed()) finding(w, s.finding(), result.rule(s.finding().ruleId()), s);
            w.endArray();
        }
        w.endObject();
        w.finish();
    }

    private static void finding(JsonWriter w, Finding f, RuleMeta rule, SuppressedFinding hidden) throws IOException {
        w.beginObject();
        w.member("ruleId", f.ruleId());
        w.member("severity", f.severity().id());
        w.member("message", f.message());
        w.member("path", f.path());
        position(w, f.location());
        w.member("docsUrl", rule == null ? null : rule.docsUrl());
        w.name("fixes").beginArray();
        for (Fix fix : f.fixes()) {
            w.beginObject();
            position(w, fix.location());
            w.member("replacement", fix.replacement());
            w.member("description", fix.description());
            w.member("class", fixClass(fix));
            w.endObject();
        }
        w.endArray();
        w.name("properties");
        properties(w, f.properties());
        if (hidden != null) {
            w.name("suppression").beginObject().member("kind", hidden.kind().id());
            if (hidden.justification() != null) w.member("justification", hidden.justification());
            if (hidden.location() != null) position(w, hidden.location());
            w.endObject();
        }
        w.endObject();
    }

    /** {@code safe}, {@code unsafe} or {@code suggestion}; null for a fix made outside the engine without one. */
    static String fixClass(Fix fix) {
        return fix.safety() == null ? null : fix.safety().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void position(JsonWriter w, Location l) throws IOException {
        w.member("line", l.line()).member("column", l.column())
                .member("endLine", l.endLine()).member("endColumn", l.endColumn());
    }

    /** Writes a string map as an object with sorted keys, so output is the same on every run. */
    static void properties(JsonWriter w, Map<String, String> properties) throws IOException {
        w.beginObject();
        for (var e : new TreeMap<>(properties).entrySet()) w.member(e.getKey(), e.getValue());
        w.endObject();
    }
}
