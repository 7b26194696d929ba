package dev.contentlint.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Writes config values (bound options, settings as written) the way a config file would spell them. */
public final class ConfigValues {
    private ConfigValues() {}

    /**
     * {@code 180}, {@code [a, b]}, {@code {e-mail: email}}, an enum constant as its config spelling
     * ({@code year-first}), a pattern as its source; {@code ~} for null and {@code ""} for an empty string.
     */
    public static String text(Object value) {
        if (value == null) return "~";
        if (value instanceof String s && s.isEmpty()) return "\"\"";
        if (value instanceof Enum<?> e) return enumText(e);
        if (value instanceof Pattern p) return p.pattern();
        if (value instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (Object o : c) j.add(text(o));
            return j.toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.forEach((k, v) -> j.add(text(k) + ": " + text(v)));
            return j.toString();
        }
        return value.toString();
    }

    /** How a config file names an enum constant: lower case with hyphens. */
    public static String enumText(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
