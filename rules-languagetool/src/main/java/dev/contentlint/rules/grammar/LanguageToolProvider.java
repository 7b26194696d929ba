package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.rules.spelling.Dictionary;
import dev.contentlint.rules.spelling.MisspellingRule;
import java.util.List;

/**
 * The rules that check prose with LanguageTool, found through {@link java.util.ServiceLoader} when the
 * contentlint-languagetool artifact is on the class path; the presets that name them ship with the built-in rules.
 */
public final class LanguageToolProvider implements RuleProvider {
    @Override
    public List<Rule> rules() {
        return List.of(new LanguagetoolRule(), new MisspellingRule());
    }

    /** The project word lists the spelling rule accepts. */
    @Override
    public List<SettingSpec<?>> settings() {
        return List.of(Dictionary.SETTING);
    }
}
