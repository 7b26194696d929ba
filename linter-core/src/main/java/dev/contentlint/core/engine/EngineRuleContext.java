package dev.contentlint.core.engine;

import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Node;

/** The context one rule gets for one document: turns its reports into findings with id, severity and path. */
final class EngineRuleContext implements RuleContext {
    private final Document document;
    private final EnabledRule rule;
    private final Run run;
    private final List<Finding> sink;

    EngineRuleContext(Document document, EnabledRule rule, Run run, List<Finding> sink) {
        this.document = document;
        this.rule = rule;
        this.run = run;
        this.sink = sink;
    }

    @Override
    public void report(Span span, String message) {
        report(span, message, List.of(), Map.of());
    }

    @Override
    public void report(Span span, String message, List<Fix> fixes, Map<String, String> properties) {
        Span s = span == null ? Span.START : span;
        sink.add(new Finding(rule.meta().id(), rule.severity(), message, document.relativePath(),
                document.location(s), classified(fixes), properties == null ? Map.of() : properties));
    }

    /** The fixes with the rule's declared class on each that names none, so every consumer sees a class. */
    private List<Fix> classified(List<Fix> fixes) {
        if (fixes == null || fixes.isEmpty()) return List.of();
        FixSafety fallback = null;
        List<Fix> out = new java.util.ArrayList<>(fixes.size());
        for (Fix f : fixes) {
            if (f.safety() == null) {
                if (fallback == null) fallback = FixSafety.defaultFor(rule.rule());
                f = f.withSafety(fallback);
            }
            out.add(f);
        }
        return out;
    }

    @Override
    public void reportNote(Span span, String message) {
        sink.add(new Finding(rule.meta().id(), Severity.INFO, message, document.relativePath(),
                document.location(span == null ? Span.START : span)));
    }

    @Override
    public void report(Node htmlNode, String message) {
        report(document.spanOf(htmlNode), message);
    }

    @Override
    public <T extends Record> T options(Class<T> type) {
        return castOptions(rule, type);
    }

    static <T extends Record> T castOptions(EnabledRule rule, Class<T> type) {
        Record options = rule.options();
        if (options == null)
            throw new IllegalStateException("Rule " + rule.meta().id() + " asked for options of type "
                    + type.getName() + " but the config bound none");
        if (!type.isInstance(options))
            throw new IllegalStateException("Rule " + rule.meta().id() + " asked for options of type "
                    + type.getName() + " but its options are " + options.getClass().getName());
        return type.cast(options);
    }

    @Override
    public LocalDate today() {
        return run.today();
    }

    @Override
    public String language() {
        return run.config().language();
    }

    @Override
    public <T> T setting(dev.contentlint.core.rule.SettingSpec<T> spec) {
        return run.config().setting(spec);
    }

    @Override
    public <T> T service(Class<T> type) {
        return run.services().get(type);
    }
}
