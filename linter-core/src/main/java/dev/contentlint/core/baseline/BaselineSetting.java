package dev.contentlint.core.baseline;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.SettingSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * The config setting {@code baseline:}, the baseline file {@code check} applies (relative to the config
 * file's folder), declared like any provider's setting so the config loader checks it and core names no key.
 */
public final class BaselineSetting implements RuleProvider {
    /** {@code baseline: .contentlint-baseline.json}; unset means no baseline unless the command line names one. */
    public static final SettingSpec<Path> SETTING = new SettingSpec<>("baseline", Path.class,
            (node, directory) -> {
                String text = node.text().strip();
                if (text.isEmpty()) throw node.error("name the baseline file, e.g. " + Baseline.FILE_NAME);
                try {
                    return directory.resolve(text).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    throw node.error("'" + text + "' is not a file name: " + e.getReason());
                }
            }, null);

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<SettingSpec<?>> settings() {
        return List.of(SETTING);
    }
}
