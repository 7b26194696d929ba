package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.ProgressListener;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test of the engine on one document with every built-in rule on (the LanguageTool rules are in
 * contentlint-languagetool: seconds per document, a fuzzer would make a few hundred runs an hour). No rule may throw
 * (a throwing rule becomes a {@code contentlint/internal-error} finding), every finding stands within the
 * document and findings come sorted. The first byte of an input picks the format, the rest is the file.
 */
class EngineFuzzTest {
    /** Larger inputs test the parse-cost budget, not crashes; they are left out so a replay stays fast. */
    static final int MAX_BYTES = 8 * 1024;
    private static final String[] NAMES = {"doc.md", "page.html", "notes.txt"};
    private static Engine engine;

    @FuzzTest
    void everyRuleOnOneDocument(FuzzedDataProvider data) {
        String name = NAMES[Math.floorMod(data.consumeByte(), NAMES.length)];
        byte[] content = data.consumeRemainingAsBytes();
        if (content.length > MAX_BYTES) return;
        List<Finding> findings = engine().run(List.of(Input.buffer(name, content))).findings();
        Format format = name.endsWith(".md") ? Format.MARKDOWN : name.endsWith(".html") ? Format.HTML : Format.TEXT;
        Document doc = Parsers.parse(Path.of(name), name, content, format);
        assertEquals(List.of(), problems(findings, doc.source()), "findings of " + name);
    }

    /** Internal errors, findings outside the text, and findings out of order. */
    static List<String> problems(List<Finding> findings, SourceText source) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.ruleId().equals("contentlint/internal-error")) out.add(f.message());
            Location l = f.location();
            if (!within(source, l.line(), l.column()) || !within(source, l.endLine(), l.endColumn())
                    || l.endLine() < l.line() || (l.endLine() == l.line() && l.endColumn() < l.column()))
                out.add(f.ruleId() + " at " + l + " is outside the text's " + source.lineCount() + " lines");
            if (i > 0 && findings.get(i - 1).compareTo(f) > 0) out.add(f.ruleId() + " at " + l + " is out of order");
        }
        return out;
    }

    /** Whether a 1-based line and code-point column exist, the column just past a line's end included. */
    private static boolean within(SourceText source, int line, int column) {
        if (line < 1 || line > source.lineCount() || column < 1) return false;
        String text = source.lineText(line);
        return column <= text.codePointCount(0, text.length()) + 1;
    }

    private static synchronized Engine engine() {
        if (engine != null) return engine;
        try {
            Path base = Files.createTempDirectory("contentlint-fuzz");
            base.toFile().deleteOnExit();
            RuleRegistry registry = new RuleRegistry(List.of(new BuiltInRules()));
            StringBuilder yaml = new StringBuilder("rules:\n");
            for (var type : BuiltInRules.RULES) yaml.append("  ").append(RuleMeta.of(type).id()).append(": warning\n");
            Config config = new ConfigLoader(registry).load(yaml.toString(), base.resolve(".contentlint.yml"));
            EngineOptions options = new EngineOptions(base, 1, true, false, LocalDate.of(2026, 1, 15), null,
                    ProgressListener.NONE);
            engine = new Engine(config, registry, options);
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
