package dev.contentlint.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in config, flags and output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} (or {@code warn}) and {@code info}, any case. */
    public static Optional<Severity> parse(String s) {
        if (s == null) return Optional.empty();
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
