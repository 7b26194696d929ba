package dev.contentlint.core.config;

import java.nio.file.Path;

/**
 * Where a value of the effective config was set: a line of a config file, a line of a preset, or nowhere
 * (the rule's or the setting's default).
 *
 * @param file    the config file (as it was named when loaded), or null for a preset, a default or YAML text
 * @param line    the 1-based line of the key, or 0 for a default
 * @param preset  the preset's name when a preset set it, else null
 * @param keyPath e.g. {@code overrides[2].rules.freshness/stale-date.max-age-days}, or null for a default
 */
public record Origin(Kind kind, Path file, int line, String preset, String keyPath) {
    /** What kind of source set the value. */
    public enum Kind { FILE, PRESET, DEFAULT }

    /** A value no config or preset sets. */
    public static final Origin DEFAULT = new Origin(Kind.DEFAULT, null, 0, null, null);

    /** The {@code overrides[N]} block the value was set in, or null when it was set outside overrides. */
    public String override() {
        if (keyPath == null || !keyPath.startsWith("overrides[")) return null;
        return keyPath.substring(0, keyPath.indexOf(']') + 1);
    }
}
