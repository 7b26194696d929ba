package dev.contentlint.core.rule;

import java.util.List;

/**
 * A source of rules, found through {@link java.util.ServiceLoader}: the built-in rules are one provider,
 * and a third-party rule jar on the class path registers another in
 * {@code META-INF/services/dev.contentlint.core.rule.RuleProvider}.
 */
public interface RuleProvider {
    /** The rules, one instance each, sorted by id. */
    List<Rule> rules();

    /** Named presets this provider ships, as classpath resource paths of YAML config files; may be empty. */
    default java.util.Map<String, String> presets() {
        return java.util.Map.of();
    }

    /**
     * The preset a config starts from when its top file has no {@code extends}, and the one used when there
     * is no config file at all; one of {@link #presets()}, or empty for a provider that has no opinion.
     */
    default java.util.Optional<String> defaultPreset() {
        return java.util.Optional.empty();
    }

    /** Definers of rules written in config (e.g. user style rules); may be empty. */
    default List<RuleDefiner> definers() {
        return List.of();
    }

    /**
     * The top-level config settings this provider's rules and services read, each with its parser; the
     * config accepts these keys, parses their values when it loads, and rejects other unknown keys.
     */
    default List<SettingSpec<?>> settings() {
        return List.of();
    }

    /**
     * Rules and settings of this provider's family that ship in separate artifacts: while such an artifact
     * is missing, a config may still name them (off) and set their settings, and one that turns a rule of
     * it on stops with a message naming the artifact. Ignored for the rules and settings that are present.
     */
    default List<SeparateArtifact> separateArtifacts() {
        return List.of();
    }
}
