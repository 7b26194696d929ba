package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "grammar/languagetool", summary = "Grammar, style and punctuation problems found by LanguageTool",
        severity = Severity.WARNING, category = Category.GRAMMAR, fixes = FixSafety.UNSAFE)
public final class LanguagetoolRule implements Rule {
    /** Suggestions offered as fixes, at most. */
    static final int MAX_FIXES = 3;
    /** How LanguageTool's doubled-word rules end in every language ({@code ENGLISH_WORD_REPEAT_RULE}, ...). */
    private static final String WORD_REPEAT = "_WORD_REPEAT_RULE";

    /** Options of {@code grammar/languagetool}. */
    public record Options(
            @Option(description = "LanguageTool language code (en-US, en-GB, de-DE, ...); auto takes the run's"
                    + " language setting", defaultValue = "auto")
            String language,
            @Option(description = "default, or picky for LanguageTool's stricter style rules", defaultValue = "default")
            String level,
            @Option(description = "LanguageTool rule ids or category ids to switch off; the default list holds"
                    + " rules that misfire on technical writing", defaultValue = "[" + Defaults.DISABLED_YAML + "]")
            List<String> disable,
            @Option(description = "LanguageTool rule ids or category ids to switch on, such as rules LanguageTool"
                    + " leaves off by default", defaultValue = "[]")
            List<String> enable) {
        public Options {
            disable = List.copyOf(disable);
            enable = List.copyOf(enable);
            if (!level.equals("default") && !level.equals("picky"))
                throw new IllegalArgumentException("level must be default or picky, not '" + level + "'");
            if (language.isBlank()) throw new IllegalArgumentException("language must not be empty; use auto or a code such as en-US");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        LtSettings settings = new LtSettings(language(o.language(), context), o.level().equals("picky"),
                o.disable(), o.enable(), false);
        ProseChecks.Result result = ProseChecks.of(document, context, settings);
        for (ProseChecks.Checked c : result.units()) {
            for (LtMatch m : c.matches()) {
                if (m.spelling()) continue;
                Span span = c.unit().sourceSpan(m.from(), m.to());
                report(document, context, span, m.message(), m, fixable(c.unit(), m));
            }
        }
        for (ProseChecks.Note n : result.notes()) context.reportNote(n.span(), n.message());
    }

    /**
     * The suggestions of {@code m} that can be written back: LanguageTool read code as a stand-in word, so a
     * suggestion that holds that word next to code would write the stand-in into the page ("`-and`, Code").
     */
    static List<String> fixable(ProseUnit unit, LtMatch m) {
        if (!unit.codeWithin(m.from(), m.to())) return m.suggestions();
        return m.suggestions().stream().filter(s -> !s.contains(ProseUnit.CODE_WORD)).toList();
    }

    /** The LanguageTool language for an option value; a code LanguageTool lacks is a config error. */
    public static String language(String option, RuleContext context) {
        String code = option.equals("auto") ? context.language() : option;
        if (code == null || code.isBlank()) code = "en-US";
        try {
            LanguageToolService.language(code);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(null, 0, "language", e.getMessage());
        }
        return code;
    }

    /**
     * Reports one match with its rule id in the message and properties, and its suggestions as fixes: unsafe
     * guesses, except the one way to undo a doubled word, which keeps the meaning.
     */
    public static void report(Document document, RuleContext context, Span span, String message, LtMatch m,
                              List<String> suggestions) {
        List<Fix> fixes = new ArrayList<>();
        FixSafety safety = suggestions.size() == 1 && m.ruleId().endsWith(WORD_REPEAT) ? FixSafety.SAFE : null;
        for (String s : suggestions) {
            if (fixes.size() == MAX_FIXES) break;
            fixes.add(new Fix(document.location(span), s, "Replace with \"" + s + "\"", safety));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("languagetoolRule", m.ruleId());
        properties.put("languagetoolCategory", m.category());
        properties.put(Finding.DETAIL, m.ruleId());
        String text = message.strip();
        context.report(span, text + " (" + m.ruleId() + ")", fixes, properties);
    }
}
