package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.core.rule.SettingSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Config} merged from a chain of layers (what is extended first, the file itself last). Options
 * are bound when it is built, so a bad value fails the load rather than the run; {@link #forFile} results
 * are cached per distinct set of matching overrides.
 */
final class EffectiveConfig implements Config {
    static final List<String> DEFAULT_INCLUDE = DefaultFiles.INCLUDE;
    static final List<String> DEFAULT_EXCLUDE = DefaultFiles.EXCLUDE;
    static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
    static final String DEFAULT_LANGUAGE = "en-US";

    private record CompiledOverride(List<Glob> files, List<Glob> excluded, ConfigLayer.OverrideEntry source) {
        boolean matches(String path) {
            for (Glob g : excluded) if (g.matches(path)) return false;
            for (Glob g : files) if (g.matches(path)) return true;
            return false;
        }
    }

    private record BindKey(String id, Map<String, OptionValue> options) {}

    private final RuleRegistry registry;
    private final Path file;
    private final Path baseDirectory;
    private final String language;
    private final LocalDate today;
    private final List<String> include;
    private final FormatMap formats;
    private final List<String> exclude;
    private final long maxFileSize;
    private final Map<String, RuleState> rules = new TreeMap<>();
    private final List<CompiledOverride> overrides = new ArrayList<>();
    private final Map<String, ConfigLayer.Setting> settings = new TreeMap<>();
    private final Map<String, Object> settingValues = new LinkedHashMap<>();
    private final Map<String, SettingSpec<?>> settingSpecs;
    private final String fingerprint;
    private final Map<BindKey, Record> bound = new ConcurrentHashMap<>();
    private final Map<BitSet, FileConfig> byOverrides = new ConcurrentHashMap<>();
    private final List<DefinedRule> definedRules;
    /** Preset names by the path their layers carry as file, so provenance can name the preset. */
    private final Map<Path, String> presetFiles = new HashMap<>();
    /** Where each core key in force was set; a key not here is at its default. */
    private final Map<String, Origin> coreOrigins = new LinkedHashMap<>();

    EffectiveConfig(List<ConfigLayer> layers, Path file, Path baseDirectory, RuleRegistry registry) {
        this(layers, file, baseDirectory, registry, List.of());
    }

    /** @param registry the built-in rules and {@code definedRules}, the rules the layers define */
    EffectiveConfig(List<ConfigLayer> layers, Path file, Path baseDirectory, RuleRegistry registry,
                    List<DefinedRule> definedRules) {
        this.registry = registry;
        this.definedRules = List.copyOf(definedRules);
        this.file = file;
        this.baseDirectory = baseDirectory;
        String lang = DEFAULT_LANGUAGE;
        LocalDate day = null;
        List<String> inc = DEFAULT_INCLUDE;
        List<String> exc = DEFAULT_EXCLUDE;
        FormatMap fmt = FormatMap.NONE;
        long max = DEFAULT_MAX_FILE_SIZE;
        registry.presets().forEach((name, resource) ->
                presetFiles.put(Path.of(resource.startsWith("/") ? resource.substring(1) : resource), name));
        for (ConfigLayer layer : layers) {
            if (layer.language() != null) { lang = layer.language(); setBy("language", layer); }
            if (layer.today() != null) { day = layer.today(); setBy("today", layer); }
            if (layer.include() != null) { inc = layer.include(); setBy("files.include", layer); }
            if (layer.exclude() != null) { exc = layer.exclude(); setBy("files.exclude", layer); }
            if (layer.formats() != null) { fmt = layer.formats(); setBy("files.formats", layer); }
            if (layer.maxFileSize() != null) { max = layer.maxFileSize(); setBy("max-file-size", layer); }
            for (RuleEntry e : layer.rules().values()) {
                RuleState s = rules.get(e.id());
                rules.put(e.id(), s == null ? RuleState.of(e) : s.with(e));
            }
            for (ConfigLayer.OverrideEntry o : layer.overrides())
                overrides.add(new CompiledOverride(o.files().stream().map(Glob::compile).toList(),
                        o.excludedFiles().stream().map(Glob::compile).toList(), o));
            settings.putAll(layer.settings());
        }
        this.language = lang;
        this.today = day;
        this.include = List.copyOf(inc);
        this.exclude = List.copyOf(exc);
        this.formats = fmt;
        this.maxFileSize = max;
        this.settingSpecs = registry.settings();
        parseSettings();
        validate();
        this.fingerprint = computeFingerprint();
    }

    private void setBy(String key, ConfigLayer layer) {
        coreOrigins.put(key, origin(layer.file(), layer.lines().getOrDefault(key, 0), key));
    }

    /** A preset's layer carries its resource path as file; that path names the preset. */
    private Origin origin(Path file, int line, String keyPath) {
        String preset = file == null ? null : presetFiles.get(file);
        if (preset != null) return new Origin(Origin.Kind.PRESET, null, line, preset, keyPath);
        return new Origin(Origin.Kind.FILE, file, line, null, keyPath);
    }

    /**
     * Parses each setting a provider declares, as written in the last layer that sets it. Relative paths in
     * it resolve against the base directory, also when an extended file sets it, as the docs promise.
     */
    private void parseSettings() {
        settings.forEach((k, s) -> {
            SettingSpec<?> spec = settingSpecs.get(k);
            if (spec != null) settingValues.put(k, spec.parse(s.node(), baseDirectory));
        });
    }

    /** Binds every option set anywhere, alone and with each override, so errors surface at load time. */
    private void validate() {
        for (RuleState s : rules.values()) {
            requirePresent(s);
            options(s);
        }
        for (CompiledOverride o : overrides) {
            for (RuleEntry e : o.source().rules().values()) {
                RuleState state = rules.containsKey(e.id()) ? rules.get(e.id()).with(e) : RuleState.of(e);
                requirePresent(state);
                options(state);
            }
        }
    }

    /**
     * A rule of a separate artifact that is missing may be named while it ends up off; on, the run would
     * silently check less than the config says, so loading stops and names the artifact to add.
     */
    private void requirePresent(RuleState state) {
        if (!state.enabled() || registry.rule(state.id()) != null) return;
        String message = registry.absentRule(state.id()).map(a -> a.missingRuleMessage(state.id()))
                .orElseThrow(() -> new IllegalStateException("rule " + state.id() + " is neither known nor absent"));
        throw new ConfigException(state.file(), state.line(), state.keyPath(), message);
    }

    /** The bound options of a rule, or null for a rule without options or one whose artifact is missing. */
    private Record options(RuleState state) {
        Rule rule = registry.rule(state.id());
        if (rule == null) return null;
        Class<?> type = RuleMeta.optionsType(rule.getClass());
        if (type == null) return null;
        BindKey key = new BindKey(state.id(), state.options());
        Record r = bound.get(key);
        if (r != null) return r;
        // Not computeIfAbsent: binding may throw, and a failed bind must not be cached.
        r = OptionsBinder.bind(type, state.id(), state.options(), state.file(), state.line(), state.keyPath());
        Record earlier = bound.putIfAbsent(key, r);
        return earlier != null ? earlier : r;
    }

    @Override
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public Path baseDirectory() {
        return baseDirectory;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    @Override
    public List<String> include() {
        return include;
    }

    @Override
    public List<String> exclude() {
        return exclude;
    }

    @Override
    public FormatMap formats() {
        return formats;
    }

    @Override
    public long maxFileSize() {
        return maxFileSize;
    }

    @Override
    public <T> T setting(SettingSpec<T> spec) {
        if (!settingValues.containsKey(spec.key())) return spec.defaultValue();
        if (settingSpecs.get(spec.key()) != spec)
            throw new IllegalStateException("setting " + spec.key() + " was read with another spec than the one"
                    + " its rule provider declares");
        return spec.type().cast(settingValues.get(spec.key()));
    }

    @Override
    public ConfigException settingError(String key, String message) {
        ConfigLayer.Setting s = settings.get(key);
        if (s == null) return new ConfigException(file, 0, key, message);
        return new ConfigException(s.file(), s.line(), key, message);
    }

    @Override
    public List<DefinedRule> definedRules() {
        return definedRules;
    }

    @Override
    public FileConfig forFile(String relativePath) {
        BitSet matching = matchingOverrides(normalized(relativePath));
        FileConfig cached = byOverrides.get(matching);
        if (cached != null) return cached;
        FileConfig built = build(matching);
        FileConfig earlier = byOverrides.putIfAbsent(matching, built);
        return earlier != null ? earlier : built;
    }

    private static String normalized(String relativePath) {
        String path = relativePath.replace('\\', '/');
        while (path.startsWith("./")) path = path.substring(2);
        return path;
    }

    private BitSet matchingOverrides(String path) {
        BitSet matching = new BitSet(overrides.size());
        for (int i = 0; i < overrides.size(); i++) if (overrides.get(i).matches(path)) matching.set(i);
        return matching;
    }

    private FileConfig build(BitSet matching) {
        Map<String, FileConfig.EnabledRule> enabled = new TreeMap<>();
        for (RuleState s : states(matching).values()) {
            if (!s.enabled()) continue; // rules of a missing artifact are never enabled here: validate() saw to it
            RuleMeta meta = registry.meta(s.id());
            enabled.put(s.id(), new FileConfig.EnabledRule(meta, registry.rule(s.id()),
                    s.severity() != null ? s.severity() : meta.severity(), options(s)));
        }
        return new FileConfig(enabled);
    }

    /** The rule states with the matching overrides applied in order. */
    private Map<String, RuleState> states(BitSet matching) {
        Map<String, RuleState> states = new TreeMap<>(rules);
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            for (RuleEntry e : overrides.get(i).source().rules().values()) {
                RuleState s = states.get(e.id());
                states.put(e.id(), s == null ? RuleState.of(e) : s.with(e));
            }
        }
        return states;
    }

    @Override
    public ConfigExplanation explain(String relativePath) {
        String path = normalized(relativePath);
        BitSet matching = matchingOverrides(path);
        List<ConfigExplanation.EnabledRule> enabled = new ArrayList<>();
        for (RuleState s : states(matching).values()) {
            if (!s.enabled()) continue;
            RuleMeta meta = registry.meta(s.id());
            RuleEntry sev = s.severitySetBy();
            Origin severityOrigin = sev == null ? Origin.DEFAULT : origin(sev.file(), sev.severityLine(), sev.keyPath());
            enabled.add(new ConfigExplanation.EnabledRule(s.id(), s.severity() != null ? s.severity() : meta.severity(),
                    severityOrigin, origin(s.file(), s.line(), s.keyPath()), optionSettings(meta, s)));
        }
        return new ConfigExplanation(path, explainSettings(), enabled);
    }

    /** Every option of the rule, in declaration order, with the value bound from the config or its default. */
    private List<ConfigExplanation.OptionSetting> optionSettings(RuleMeta meta, RuleState state) {
        Record bound = options(state);
        if (bound == null) return List.of();
        List<ConfigExplanation.OptionSetting> out = new ArrayList<>();
        for (var component : bound.getClass().getRecordComponents()) {
            String key = RuleMeta.kebab(component.getName());
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(bound);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read option " + key + " of " + meta.id(), e);
            }
            OptionValue written = state.options().get(key);
            out.add(new ConfigExplanation.OptionSetting(key, value, written == null ? Origin.DEFAULT
                    : origin(written.file(), written.line(), written.keyPath())));
        }
        return out;
    }

    private List<ConfigExplanation.Setting> explainSettings() {
        List<ConfigExplanation.Setting> out = new ArrayList<>();
        out.add(core("language", language));
        out.add(core("today", today));
        out.add(core("files.include", include));
        out.add(core("files.exclude", exclude));
        out.add(core("files.formats", formats.asWritten()));
        out.add(core("max-file-size", maxFileSize));
        // Settings that define rules (styles:) are listed too: they are why those rules exist.
        TreeSet<String> keys = new TreeSet<>(settingSpecs.keySet());
        keys.addAll(settings.keySet());
        for (String key : keys) {
            ConfigLayer.Setting s = settings.get(key);
            if (s != null) {
                out.add(new ConfigExplanation.Setting(key, s.node().toJava(), origin(s.file(), s.line(), key),
                        false));
            } else {
                Object d = settingSpecs.get(key).defaultValue();
                // No files is something a config could write, so show it as written: [].
                if (d instanceof SettingFiles f && f.isEmpty()) d = List.of();
                boolean plain = d == null || d instanceof String || d instanceof Number || d instanceof Boolean
                        || d instanceof Enum<?> || d instanceof List<?>;
                out.add(new ConfigExplanation.Setting(key, plain ? d : null, Origin.DEFAULT, !plain));
            }
        }
        return out;
    }

    private ConfigExplanation.Setting core(String key, Object value) {
        return new ConfigExplanation.Setting(key, value, coreOrigins.getOrDefault(key, Origin.DEFAULT), false);
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    /** Everything that changes findings, in a fixed order; the base directory is left out so caches move. */
    private String computeFingerprint() {
        StringBuilder sb = new StringBuilder("contentlint-config/1\n");
        sb.append("language=").append(language).append('\n');
        sb.append("today=").append(today).append('\n');
        sb.append("max-file-size=").append(maxFileSize).append('\n');
        sb.append("include=").append(include).append('\n');
        sb.append("exclude=").append(exclude).append('\n');
        if (!formats.isEmpty()) sb.append("formats=").append(formats.asWritten()).append('\n');
        for (RuleState s : rules.values()) dumpRule(s.id(), s.enabled(), s.severity(), s.options(), sb);
        for (CompiledOverride o : overrides) {
            sb.append("override files=").append(o.source().files()).append(" excluded=")
                    .append(o.source().excludedFiles()).append('\n');
            for (RuleEntry e : o.source().rules().values()) {
                sb.append("  ");
                dumpRule(e.id(), !e.off(), e.severity(), e.options(), sb);
            }
        }
        for (DefinedRule d : definedRules)
            sb.append("defined ").append(d.meta().id()).append(' ').append(d.meta().severity()).append('\n')
                    .append(d.definition()).append('\n');
        settings.forEach((k, s) -> {
            sb.append("setting ").append(k).append('=');
            sb.append(s.node().canonical()).append('\n');
        });
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void dumpRule(String id, boolean enabled, Object severity, Map<String, OptionValue> options,
                                 StringBuilder sb) {
        sb.append("rule ").append(id).append(enabled ? " on " : " off ").append(severity);
        new TreeMap<>(options).forEach((k, v) -> {
            sb.append(' ').append(k).append('=');
            sb.append(v.node().canonical());
        });
        sb.append('\n');
    }

    @Override
    public String toString() {
        return "Config[" + (file != null ? file : "built-in") + ", " + rules.size() + " rules named]";
    }
}
