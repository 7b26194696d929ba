package dev.contentlint.lsp;

import com.google.gson.JsonObject;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A finding as the editor shows it. */
final class Diagnostics {
    static final String SOURCE = "contentlint";

    private Diagnostics() {
    }

    /**
     * The diagnostic of {@code finding}: its range, the config's severity, the rule id as code with the rule's
     * page, and the finding's properties (a LanguageTool rule id, say) as data.
     *
     * @param rules the metadata of the run's rules, by id; a rule missing here links to the page its id gives
     */
    static Diagnostic of(Finding finding, TextPositions positions, Map<String, RuleMeta> rules) {
        Diagnostic d = new Diagnostic(positions.range(finding.location()), finding.message(), severity(finding.severity()),
                SOURCE, finding.ruleId());
        RuleMeta meta = rules.get(finding.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(
                meta != null ? meta.docsUrl() : RuleMeta.DOCS_BASE + finding.ruleId() + ".md"));
        if (!finding.properties().isEmpty()) {
            JsonObject data = new JsonObject();
            finding.properties().forEach(data::addProperty);
            d.setData(data);
        }
        return d;
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    /** The diagnostic code of {@code d} as a string, or null. */
    static String code(Diagnostic d) {
        Either<String, Integer> c = d.getCode();
        return c == null ? null : c.isLeft() ? c.getLeft() : String.valueOf(c.getRight());
    }
}
