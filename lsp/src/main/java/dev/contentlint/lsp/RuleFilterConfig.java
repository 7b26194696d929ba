package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigExplanation;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.SettingSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A config that enables only some of the rules another config enables, with everything else as that config
 * says: the server checks a buffer without LanguageTool while it loads, and runs corpus rules alone over the
 * workspace.
 */
final class RuleFilterConfig implements Config {
    private final Config config;
    private final Predicate<EnabledRule> keep;
    private final String name;

    /** @param name tells the filter apart in the fingerprint, so caches never mix a filtered run with a whole one */
    RuleFilterConfig(Config config, Predicate<EnabledRule> keep, String name) {
        this.config = config;
        this.keep = keep;
        this.name = name;
    }

    @Override
    public FileConfig forFile(String relativePath) {
        Map<String, EnabledRule> rules = new LinkedHashMap<>();
        config.forFile(relativePath).rules().forEach((id, e) -> { if (keep.test(e)) rules.put(id, e); });
        return new FileConfig(rules);
    }

    @Override
    public String fingerprint() {
        return config.fingerprint() + "|only " + name;
    }

    @Override public Optional<Path> file() { return config.file(); }
    @Override public Path baseDirectory() { return config.baseDirectory(); }
    @Override public String language() { return config.language(); }
    @Override public Optional<LocalDate> today() { return config.today(); }
    @Override public List<String> include() { return config.include(); }
    @Override public List<String> exclude() { return config.exclude(); }
    @Override public long maxFileSize() { return config.maxFileSize(); }
    @Override public <T> T setting(SettingSpec<T> spec) { return config.setting(spec); }
    @Override public ConfigException settingError(String key, String message) { return config.settingError(key, message); }
    @Override public List<DefinedRule> definedRules() { return config.definedRules(); }
    @Override public ConfigExplanation explain(String relativePath) { return config.explain(relativePath); }
}
