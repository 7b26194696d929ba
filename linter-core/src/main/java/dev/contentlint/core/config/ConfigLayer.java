package dev.contentlint.core.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dev.contentlint.core.rule.YamlNode;

/**
 * What one config file says, validated but not yet merged with what it extends. Null fields were not
 * given.
 *
 * @param lines the line of each core key that was given ({@code language}, {@code today},
 *              {@code max-file-size}, {@code files.include}, {@code files.exclude}, {@code files.formats}),
 *              for provenance
 */
record ConfigLayer(Path file, boolean root, List<Extends> extendsList, String language, LocalDate today,
                   Long maxFileSize, List<String> include, List<String> exclude, FormatMap formats,
                   Map<String, RuleEntry> rules,
                   List<OverrideEntry> overrides, Map<String, Setting> settings, Map<String, Integer> lines) {

    ConfigLayer {
        lines = Map.copyOf(lines);
    }

    /** A layer whose core keys' lines are not known (provenance then names the file without a line). */
    ConfigLayer(Path file, boolean root, List<Extends> extendsList, String language, LocalDate today,
                Long maxFileSize, List<String> include, List<String> exclude, Map<String, RuleEntry> rules,
                List<OverrideEntry> overrides, Map<String, Setting> settings) {
        this(file, root, extendsList, language, today, maxFileSize, include, exclude, null, rules, overrides,
                settings, Map.of());
    }

    /** One {@code extends} target as written. */
    record Extends(String target, int line, String keyPath) {}

    /** One {@code overrides} entry; globs were checked to compile. */
    record OverrideEntry(List<String> files, List<String> excludedFiles, Map<String, RuleEntry> rules, Path file, int line) {}

    /** A top-level setting a rule provider reads or a rule definer turns into rules, as written. */
    record Setting(String key, YamlNode node, Path file, int line) {}
}
