package dev.contentlint.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Every rule known to a run: the providers found through {@link ServiceLoader}, indexed by id and alias. */
public final class RuleRegistry {
    private final Map<String, Rule> byId = new TreeMap<>();
    private final Map<String, RuleMeta> meta = new TreeMap<>();
    private final Map<String, String> aliases = new TreeMap<>();
    private final Map<String, String> presets = new LinkedHashMap<>();
    private final Map<String, ClassLoader> presetLoaders = new java.util.HashMap<>();
    private final Map<String, RuleDefiner> definers = new TreeMap<>();
    private final Map<String, SettingSpec<?>> settings = new TreeMap<>();
    /** Rule ids and setting keys of separate artifacts that are not on the class path, to their artifact. */
    private final Map<String, SeparateArtifact> absentRules = new TreeMap<>();
    private final Map<String, SeparateArtifact> absentSettings = new TreeMap<>();
    private String defaultPreset;

    public RuleRegistry(List<RuleProvider> providers) {
        for (SettingSpec<?> s : CoreSettings.ALL) settings.put(s.key(), s);
        for (RuleProvider p : providers) {
            for (RuleDefiner d : p.definers()) definers.putIfAbsent(d.setting(), d);
            for (SettingSpec<?> s : p.settings()) {
                SettingSpec<?> earlier = settings.putIfAbsent(s.key(), s);
                if (earlier != null && earlier != s)
                    throw new IllegalStateException("two rule providers declare the setting " + s.key() + ": "
                            + earlier.type().getName() + " and " + s.type().getName());
            }
            for (Rule r : p.rules()) add(r);
            ClassLoader loader = p.getClass().getClassLoader();
            p.presets().forEach((name, resource) -> {
                if (presets.putIfAbsent(name, resource) == null) presetLoaders.put(name, loader);
            });
            Optional<String> preset = p.defaultPreset();
            if (preset.isPresent() && !p.presets().containsKey(preset.get()))
                throw new IllegalStateException(p.getClass().getName() + " names " + preset.get()
                        + " as its default preset but ships no preset of that name");
            // The first provider with an opinion wins, as the first to ship a preset name does.
            if (defaultPreset == null) defaultPreset = preset.orElse(null);
        }
        for (RuleProvider p : providers) {
            for (SeparateArtifact a : p.separateArtifacts()) {
                for (String id : a.ruleIds()) if (!byId.containsKey(id) && !aliases.containsKey(id)) absentRules.putIfAbsent(id, a);
                for (String key : a.settings()) if (!settings.containsKey(key)) absentSettings.putIfAbsent(key, a);
            }
        }
    }

    private RuleRegistry(RuleRegistry base, List<Rule> extra) {
        byId.putAll(base.byId);
        meta.putAll(base.meta);
        aliases.putAll(base.aliases);
        presets.putAll(base.presets);
        presetLoaders.putAll(base.presetLoaders);
        definers.putAll(base.definers);
        settings.putAll(base.settings);
        defaultPreset = base.defaultPreset;
        absentRules.putAll(base.absentRules);
        absentSettings.putAll(base.absentSettings);
        for (Rule r : extra) add(r);
    }

    private void add(Rule r) {
        RuleMeta m = RuleMeta.forRule(r);
        if (byId.putIfAbsent(m.id(), r) != null)
            throw new IllegalStateException("two rules share the id " + m.id() + ": "
                    + byId.get(m.id()).getClass().getName() + " and " + r.getClass().getName());
        meta.put(m.id(), m);
        for (String a : m.aliases()) aliases.put(a, m.id());
        absentRules.remove(m.id());
    }

    /** The rules of every provider on the class path of {@code loader}. */
    public static RuleRegistry load(ClassLoader loader) {
        List<RuleProvider> providers = new ArrayList<>();
        ServiceLoader.load(RuleProvider.class, loader).forEach(providers::add);
        providers.sort(java.util.Comparator.comparing(p -> p.getClass().getName()));
        return new RuleRegistry(providers);
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** All rule ids, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<RuleMeta> metas() {
        return List.copyOf(meta.values());
    }

    /**
     * This registry plus rules defined by config; an extra rule already registered (the same object) is
     * kept once.
     *
     * @throws IllegalStateException when an extra rule's id belongs to another rule
     */
    public RuleRegistry with(List<? extends Rule> extra) {
        List<Rule> added = new ArrayList<>();
        for (Rule r : extra) if (byId.get(RuleMeta.forRule(r).id()) != r) added.add(r);
        return added.isEmpty() ? this : new RuleRegistry(this, added);
    }

    /** The definers of rules written in config, by the top-level setting each reads. */
    public Map<String, RuleDefiner> definers() {
        return Collections.unmodifiableMap(definers);
    }

    /** The top-level settings the providers declare, by key. */
    public Map<String, SettingSpec<?>> settings() {
        return Collections.unmodifiableMap(settings);
    }

    /** The separate artifact that provides {@code id} when that artifact is not on the class path. */
    public Optional<SeparateArtifact> absentRule(String id) {
        return Optional.ofNullable(absentRules.get(id));
    }

    /** The separate artifact whose rules read the setting {@code key} when that artifact is not on the class path. */
    public Optional<SeparateArtifact> absentSetting(String key) {
        return Optional.ofNullable(absentSettings.get(key));
    }

    /** The canonical id for an id or alias. */
    public Optional<String> resolve(String idOrAlias) {
        if (byId.containsKey(idOrAlias)) return Optional.of(idOrAlias);
        return Optional.ofNullable(aliases.get(idOrAlias));
    }

    public Rule rule(String id) {
        return byId.get(resolve(id).orElse(id));
    }

    public RuleMeta meta(String id) {
        return meta.get(resolve(id).orElse(id));
    }

    /** The preset a config without {@code extends} starts from, if a provider declares one. */
    public Optional<String> defaultPreset() {
        return Optional.ofNullable(defaultPreset);
    }

    /** Preset name → classpath resource of its YAML. */
    public Map<String, String> presets() {
        return Collections.unmodifiableMap(presets);
    }

    /**
     * The YAML text of a preset, read through the class loader of the provider that ships it (so presets
     * of third-party rule jars are found); empty when no provider names it or its resource is missing.
     */
    public Optional<String> presetYaml(String name) {
        String resource = presets.get(name);
        if (resource == null) return Optional.empty();
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = presetLoaders.getOrDefault(name, RuleRegistry.class.getClassLoader());
        if (loader == null) loader = ClassLoader.getSystemClassLoader();
        try (java.io.InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read preset " + name + " from " + path, e);
        }
    }

    /** The known id closest to {@code unknown} by edit distance, if any is reasonably close. */
    public Optional<String> closest(String unknown) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(byId.keySet());
        candidates.addAll(aliases.keySet());
        for (String id : candidates) {
            int d = EditDistance.between(unknown, id);
            String name = id.substring(id.indexOf('/') + 1);
            d = Math.min(d, EditDistance.between(unknown, name) + 1);
            if (d < bestD) { bestD = d; best = id; }
        }
        if (best == null || bestD > Math.max(3, unknown.length() / 3)) return Optional.empty();
        return resolve(best);
    }

}
