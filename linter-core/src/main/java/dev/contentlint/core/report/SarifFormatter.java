package dev.contentlint.core.report;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run with the metadata of every rule
 * in play (WCAG and ACT references as tags) and one result per finding.
 */
public final class SarifFormatter implements Formatter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://contentlint.dev";
    /** The base id every artifact URI is relative to. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of contentlint's own fingerprint in {@code partialFingerprints}; see {@link Fingerprints}. */
    public static final String FINGERPRINT_KEY = "contentlint/v1";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(RunResult result, Appendable out, FormatOptions options) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < result.rules().size(); i++) ruleIndex.put(result.rules().get(i).id(), i);

        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("$schema", SCHEMA);
        w.member("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.member("name", "contentlint");
        if (options.toolVersion() != null) w.member("version", options.toolVersion());
        w.member("informationUri", INFORMATION_URI);
        w.name("rules").beginArray();
        for (RuleMeta rule : result.rules()) rule(w, rule);
        w.endArray();
        w.endObject().endObject();
        if (options.baseUri() != null) {
            w.name("originalUriBaseIds").beginObject()
                    .name(SRCROOT).beginObject().member("uri", options.baseUri()).endObject()
                    .endObject();
        }
        w.name("results").beginArray();
        List<String> fingerprints = Fingerprints.of(result.findings());
        for (int i = 0; i < result.findings().size(); i++) {
            result(w, result.findings().get(i), ruleIndex.get(result.findings().get(i).ruleId()), fingerprints.get(i), null);
        }
        // Hidden findings stay in the log, marked, so code scanning shows them as suppressed rather than fixed.
        List<Finding> hidden = result.suppressed().stream().map(SuppressedFinding::finding).toList();
        List<String> hiddenPrints = Fingerprints.of(hidden);
        for (int i = 0; i < hidden.size(); i++) {
            result(w, hidden.get(i), ruleIndex.get(hidden.get(i).ruleId()), hiddenPrints.get(i), result.suppressed().get(i));
        }
        w.endArray();
        w.member("columnKind", "unicodeCodePoints");
        w.endObject().endArray();
        w.endObject();
        w.finish();
    }

    private static void rule(JsonWriter w, RuleMeta rule) throws IOException {
        w.beginObject();
        w.member("id", rule.id());
        w.member("name", pascalCase(rule.name()));
        w.name("shortDescription").beginObject().member("text", rule.summary()).endObject();
        // GitHub code scanning rejects rules without a full description and help text.
        w.name("fullDescription").beginObject().member("text", rule.summary()).endObject();
        w.name("help").beginObject()
                .member("text", rule.summary() + " Documentation: " + rule.docsUrl())
                .member("markdown", rule.summary() + " [Documentation](" + rule.docsUrl() + ")")
                .endObject();
        w.member("helpUri", rule.docsUrl());
        w.name("defaultConfiguration").beginObject().member("level", level(rule.severity())).endObject();
        w.name("properties").beginObject().name("tags").beginArray();
        for (String sc : rule.wcag()) w.value("wcag:" + sc);
        for (String act : rule.act()) w.value("act:" + act);
        w.value(rule.category().name().toLowerCase(Locale.ROOT));
        w.endArray().endObject();
        w.endObject();
    }

    private static void result(JsonWriter w, Finding f, Integer ruleIndex, String fingerprint, SuppressedFinding suppressed)
            throws IOException {
        w.beginObject();
        w.member("ruleId", f.ruleId());
        if (ruleIndex != null) w.member("ruleIndex", ruleIndex);
        w.member("level", level(f.severity()));
        w.name("message").beginObject().member("text", f.message()).endObject();
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifactLocation(w, f.path());
        w.name("region");
        region(w, f.location());
        w.endObject().endObject().endArray();
        w.name("partialFingerprints").beginObject().member(FINGERPRINT_KEY, fingerprint).endObject();
        if (!f.fixes().isEmpty()) {
            w.name("fixes").beginArray();
            for (Fix fix : f.fixes()) fix(w, f.path(), fix);
            w.endArray();
        }
        if (suppressed != null) {
            w.name("suppressions").beginArray().beginObject().member("kind", suppressed.kind().id());
            if (suppressed.justification() != null) w.member("justification", suppressed.justification());
            if (suppressed.location() != null) {
                w.name("location").beginObject().name("physicalLocation").beginObject();
                artifactLocation(w, f.path());
                w.name("region");
                region(w, suppressed.location());
                w.endObject().endObject();
            }
            w.endObject().endArray();
        }
        if (!f.properties().isEmpty()) {
            w.name("properties");
            JsonFormatter.properties(w, f.properties());
        }
        w.endObject();
    }

    private static void fix(JsonWriter w, String path, Fix fix) throws IOException {
        w.beginObject();
        if (fix.description() != null && !fix.description().isEmpty()) {
            w.name("description").beginObject().member("text", fix.description()).endObject();
        }
        w.name("artifactChanges").beginArray().beginObject();
        artifactLocation(w, path);
        w.name("replacements").beginArray().beginObject();
        w.name("deletedRegion");
        region(w, fix.location());
        w.name("insertedContent").beginObject().member("text", fix.replacement()).endObject();
        w.endObject().endArray();
        w.endObject().endArray();
        String fixClass = JsonFormatter.fixClass(fix);
        if (fixClass != null) w.name("properties").beginObject().member("class", fixClass).endObject();
        w.endObject();
    }

    private static void artifactLocation(JsonWriter w, String path) throws IOException {
        w.name("artifactLocation").beginObject().member("uri", uri(path)).member("uriBaseId", SRCROOT).endObject();
    }

    /** A region that satisfies SARIF's constraints (1-based, end not before start) even for odd input. */
    private static void region(JsonWriter w, Location l) throws IOException {
        int startLine = Math.max(1, l.line());
        int startColumn = Math.max(1, l.column());
        int endLine = Math.max(startLine, l.endLine());
        int endColumn = endLine == startLine ? Math.max(startColumn, l.endColumn()) : Math.max(1, l.endColumn());
        w.beginObject().member("startLine", startLine).member("startColumn", startColumn)
                .member("endLine", endLine).member("endColumn", endColumn).endObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code stale-date} → {@code StaleDate}. */
    static String pascalCase(String kebab) {
        StringBuilder sb = new StringBuilder(kebab.length());
        boolean upper = true;
        for (int i = 0; i < kebab.length(); ) {
            int cp = kebab.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' || cp == '_' || cp == '.' || cp == '/' || cp == ' ') {
                upper = true;
            } else {
                sb.appendCodePoint(upper ? Character.toUpperCase(cp) : cp);
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * A relative URI reference (RFC 3986) for a {@code /}-separated relative path: every byte of the UTF-8
     * form outside the unreserved set, the sub-delimiters, {@code @} and {@code /} is percent-encoded.
     * {@code :} is always encoded, because in a first segment it would be read as a scheme.
     */
    public static String uri(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
