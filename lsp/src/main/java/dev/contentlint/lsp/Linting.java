package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import dev.contentlint.rules.grammar.LanguagetoolRule;
import dev.contentlint.rules.grammar.ParagraphCache;
import dev.contentlint.rules.spelling.MisspellingRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the engine for the server: one buffer as {@code check} would lint the file, with the services every run of
 * this server shares (one paragraph cache of LanguageTool results, so a keystroke re-checks one paragraph).
 */
final class Linting {
    /**
     * LanguageTool results the server keeps, in estimated bytes: a paragraph's result takes a few hundred bytes, so
     * this holds some 50,000 paragraphs; the least recently used go first.
     */
    static final long PARAGRAPH_CACHE_BYTES = 16L << 20;
    private static final Set<String> LANGUAGE_IDS = Set.of("markdown", "html", "plaintext", "text");

    private final RuleRegistry registry;
    private final List<ServiceFactory<?>> services;

    Linting(RuleRegistry registry) {
        this.registry = registry;
        this.services = services(ParagraphCache.inMemory(PARAGRAPH_CACHE_BYTES));
    }

    RuleRegistry registry() {
        return registry;
    }

    /** The registered service factories, with the paragraph cache replaced by {@code paragraphs} for every run. */
    private static List<ServiceFactory<?>> services(ParagraphCache paragraphs) {
        List<ServiceFactory<?>> out = new ArrayList<>();
        out.add(new ServiceFactory<ParagraphCache>() {
            @Override public Class<ParagraphCache> type() { return ParagraphCache.class; }
            @Override public ParagraphCache create(ServiceSettings settings) { return paragraphs; }
        });
        out.addAll(Engine.serviceFactories());
        return out;
    }

    /** Whether the server lints {@code doc}: a Markdown, HTML or text file by its extension or its language id. */
    static boolean lints(OpenDocument doc) {
        if (doc.path() != null && Format.ofFileName(doc.path().toString()).isPresent()) return true;
        return LANGUAGE_IDS.contains(doc.languageId().toLowerCase(Locale.ROOT));
    }

    /**
     * The name the engine lints {@code doc} under: its path, with the extension of its language id added when the
     * path's own says no format (so a buffer the editor calls HTML is parsed as HTML).
     */
    static String bufferName(OpenDocument doc, Path base) {
        String name = doc.path() != null ? doc.path().toString() : base.resolve("untitled").toString();
        if (Format.ofFileName(name).isPresent()) return name;
        return name + switch (doc.languageId().toLowerCase(Locale.ROOT)) {
            case "html" -> ".html";
            case "plaintext", "text" -> ".txt";
            default -> ".md";
        };
    }

    /** Lints {@code doc} alone with {@code config}, its paths relative to {@code base}. */
    RunResult lint(OpenDocument doc, Path base, Config config) {
        Input buffer = Input.buffer(bufferName(doc, base), doc.text().getBytes(StandardCharsets.UTF_8));
        return engine(config, base, 1).run(List.of(buffer));
    }

    /** An engine for one run with this server's services. */
    Engine engine(Config config, Path base, int jobs) {
        return new Engine(config, registry, EngineOptions.defaults(base).withJobs(jobs), services);
    }

    /** Whether a rule needs LanguageTool, which takes seconds to load. */
    static boolean usesLanguageTool(EnabledRule e) {
        return e.rule() instanceof LanguagetoolRule || e.rule() instanceof MisspellingRule;
    }

    /** Whether the rule of {@code id} looks at all files together. */
    static boolean isCorpusRuleId(RuleRegistry registry, String id) {
        return registry.ids().contains(id) && registry.rule(id) instanceof CorpusRule<?>;
    }

    /** Whether a rule looks at all files together, so a buffer alone cannot tell its findings. */
    static boolean isCorpusRule(EnabledRule e) {
        return e.rule() instanceof CorpusRule<?>;
    }
}
