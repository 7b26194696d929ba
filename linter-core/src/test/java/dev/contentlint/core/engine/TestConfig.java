package dev.contentlint.core.engine;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** A config for engine tests: fixed rules for every file unless an override function says otherwise. */
final class TestConfig implements Config {
    private final Path base;
    private List<String> include = List.of();
    private List<String> exclude = List.of();
    private long maxFileSize = 10_000_000;
    private dev.contentlint.core.config.FormatMap formats = dev.contentlint.core.config.FormatMap.NONE;
    private LocalDate today;
    private final Map<String, EnabledRule> rules = new HashMap<>();
    private final Map<String, Object> settings = new HashMap<>();
    private BiFunction<String, Map<String, EnabledRule>, Map<String, EnabledRule>> override = (path, r) -> r;
    private final Map<String, FileConfig> cache = new ConcurrentHashMap<>();
    final List<String> forFileCalls = java.util.Collections.synchronizedList(new ArrayList<>());

    TestConfig(Path base) {
        this.base = base;
    }

    TestConfig include(String... globs) { include = List.of(globs); return this; }
    TestConfig exclude(String... globs) { exclude = List.of(globs); return this; }
    TestConfig maxFileSize(long n) { maxFileSize = n; return this; }
    TestConfig formats(Map<String, dev.contentlint.core.document.Format> m) { formats = new dev.contentlint.core.config.FormatMap(m); return this; }
    TestConfig today(LocalDate d) { today = d; return this; }
    TestConfig setting(String key, Object value) { settings.put(key, value); return this; }

    TestConfig rule(Rule rule) {
        return rule(rule, null, null);
    }

    TestConfig rule(Rule rule, Severity severity, Record options) {
        RuleMeta meta = RuleMeta.of(rule.getClass());
        rules.put(meta.id(), new EnabledRule(meta, rule, severity == null ? meta.severity() : severity, options));
        return this;
    }

    /** Changes the rules of some files: gets the path the engine asked for and a copy of the default rules. */
    TestConfig override(BiFunction<String, Map<String, EnabledRule>, Map<String, EnabledRule>> f) {
        override = f;
        return this;
    }

    @Override public Optional<Path> file() { return Optional.empty(); }
    @Override public Path baseDirectory() { return base; }
    @Override public String language() { return "en-US"; }
    @Override public Optional<LocalDate> today() { return Optional.ofNullable(today); }
    @Override public List<String> include() { return include; }
    @Override public List<String> exclude() { return exclude; }
    @Override public long maxFileSize() { return maxFileSize; }
    @Override public dev.contentlint.core.config.FormatMap formats() { return formats; }
    @Override public <T> T setting(dev.contentlint.core.rule.SettingSpec<T> spec) {
        return spec.type().cast(settings.getOrDefault(spec.key(), spec.defaultValue()));
    }
    @Override public String fingerprint() { return "test-" + rules.keySet(); }

    @Override
    public FileConfig forFile(String relativePath) {
        forFileCalls.add(relativePath);
        return cache.computeIfAbsent(relativePath,
                p -> new FileConfig(override.apply(p, new HashMap<>(rules))));
    }
}
