package dev.contentlint.core.rule;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Top-level settings the engine reads itself, declared like a provider's so they load, explain and
 * fingerprint the same way; every {@link RuleRegistry} holds them.
 */
public final class CoreSettings {
    /** How much larger than this a file must be for its budget to grow: the default {@code max-file-size}. */
    public static final long BUDGET_STEP_BYTES = 10L * 1024 * 1024;

    /**
     * {@code file-time-budget}: the CPU time one file may take (parse, rules, products) for each 10 MB of it, a
     * smaller file counting as 10 MB; {@code none} for no limit. A file over it becomes a
     * {@code contentlint/timeout} finding. The default, 300 s, is far above the seconds per MB any known
     * input costs, and above grammar checking's own limit of 180 s per file, so only a file that would
     * otherwise hold the run up meets it.
     */
    public static final SettingSpec<Duration> FILE_TIME_BUDGET = new SettingSpec<>("file-time-budget", Duration.class,
            (node, dir) -> duration(node), Duration.ofSeconds(300));

    static final List<SettingSpec<?>> ALL = List.of(FILE_TIME_BUDGET);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min)");

    private CoreSettings() {}

    /** A duration written as {@code 500ms}, {@code 30s} or {@code 5m}; {@code none} (or {@code off}) is zero. */
    static Duration duration(YamlNode node) {
        String s = node.isScalar() ? node.text().strip().toLowerCase(Locale.ROOT) : "";
        if (s.equals("none") || s.equals("off") || s.equals("false")) return Duration.ZERO;
        Matcher m = DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
            if (!d.isZero()) return d;
        }
        throw node.error("expected a time such as 300s, 10m or 500ms, or none for no limit, got " + node.describe());
    }
}
