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

    /**
     * {@code cache-max-age}: how long the run cache keeps an entry no run has used, as {@code 30d}, {@code 12h} or
     * {@code 90m}; {@code 0} or {@code none} for no age limit. Default 30 days: a month without a run over a branch.
     */
    public static final SettingSpec<Duration> CACHE_MAX_AGE = new SettingSpec<>("cache-max-age", Duration.class,
            (node, dir) -> age(node), Duration.ofDays(30));

    /**
     * {@code cache-max-size}: how many bytes the run cache's entries may take together, the least recently used
     * going first beyond it, as {@code 256MB} or {@code 1GB}; {@code 0} or {@code none} for no size limit.
     * Default 256 MiB, some 50,000 files' entries.
     */
    public static final SettingSpec<Long> CACHE_MAX_SIZE = new SettingSpec<>("cache-max-size", Long.class,
            (node, dir) -> bytes(node), 256L << 20);

    static final List<SettingSpec<?>> ALL = List.of(FILE_TIME_BUDGET, CACHE_MAX_AGE, CACHE_MAX_SIZE);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min)");
    private static final Pattern AGE = Pattern.compile("(\\d{1,9})\\s*(d|h|m|min)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]?b?)");

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

    /** An age written as {@code 30d}, {@code 12h} or {@code 90m}; {@code 0}, {@code none} or {@code off} is zero, no limit. */
    static Duration age(YamlNode node) {
        String s = node.isScalar() ? node.text().strip().toLowerCase(Locale.ROOT) : "";
        if (s.equals("0") || s.equals("none") || s.equals("off") || s.equals("false")) return Duration.ZERO;
        Matcher m = AGE.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        throw node.error("expected an age such as 30d, 12h or 90m, or 0 for no limit, got " + node.describe());
    }

    /**
     * A size in bytes, or with a {@code KB}, {@code MB} or {@code GB} suffix (binary units, as {@code max-file-size});
     * {@code 0}, {@code none} or {@code off} is zero, no limit.
     */
    static long bytes(YamlNode node) {
        String s = node.isScalar() ? node.text().strip().toLowerCase(Locale.ROOT) : "";
        if (s.equals("none") || s.equals("off") || s.equals("false")) return 0L;
        Matcher m = SIZE.matcher(s);
        if (m.matches()) {
            String unit = m.group(2);
            long factor = unit.startsWith("k") ? 1L << 10 : unit.startsWith("m") ? 1L << 20 : unit.startsWith("g") ? 1L << 30 : 1;
            try {
                return Math.multiplyExact(Long.parseLong(m.group(1)), factor);
            } catch (ArithmeticException e) {
                // too large: reported below
            }
        }
        throw node.error("expected a size such as 256MB or 1GB, or 0 for no limit, got " + node.describe());
    }
}
