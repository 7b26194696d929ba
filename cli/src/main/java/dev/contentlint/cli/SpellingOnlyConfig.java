package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.config.OptionsBinder;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.rules.spelling.MisspellingRule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A config as another, with spelling as its only rule: the options the config gives {@code spelling/misspelling}
 * for a file, or the defaults where the config leaves the rule off, so the words and settings the team has
 * already chosen still apply.
 */
final class SpellingOnlyConfig implements Config {
    static final String RULE = "spelling/misspelling";

    private final Config config;
    private final RuleRegistry registry;

    SpellingOnlyConfig(Config config, RuleRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public FileConfig forFile(String relativePath) {
        EnabledRule spelling = config.forFile(relativePath).rules().get(RULE);
        if (spelling == null)
            spelling = new EnabledRule(registry.meta(RULE), registry.rule(RULE), Severity.WARNING,
                    OptionsBinder.defaults(MisspellingRule.Options.class));
        return new FileConfig(Map.of(RULE, spelling));
    }

    @Override
    public Optional<Path> file() {
        return config.file();
    }

    @Override
    public Path baseDirectory() {
        return config.baseDirectory();
    }

    @Override
    public String language() {
        return config.language();
    }

    @Override
    public Optional<LocalDate> today() {
        return config.today();
    }

    @Override
    public List<String> include() {
        return config.include();
    }

    @Override
    public List<String> exclude() {
        return config.exclude();
    }

    @Override
    public long maxFileSize() {
        return config.maxFileSize();
    }

    @Override
    public <T> T setting(SettingSpec<T> spec) {
        return config.setting(spec);
    }

    @Override
    public List<dev.contentlint.core.rule.DefinedRule> definedRules() {
        return config.definedRules();
    }

    @Override
    public String fingerprint() {
        return config.fingerprint() + "|" + RULE + " only";
    }
}
