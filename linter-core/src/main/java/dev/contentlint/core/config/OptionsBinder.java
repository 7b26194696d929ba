package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.YamlNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds a rule's {@code Options} record from config values: keys are the kebab-case component names,
 * missing keys take the {@link Option#defaultValue()}, and the record's constructor validates.
 *
 * <p>Supported component types: {@code int}, {@code long}, {@code double}, {@code boolean} (and their
 * boxes), {@code String}, enums (any case, {@code -} for {@code _}), {@link LocalDate},
 * {@link Pattern}, and {@code List}, {@code Set} or {@code Map<String, ?>} of those.
 */
public final class OptionsBinder {
    private OptionsBinder() {}

    /**
     * Binds options given as plain Java values (as a test harness or an inline config comment has them);
     * an error is a {@link ConfigException} without a file. Keys not naming an option are errors.
     */
    public static <T extends Record> T bind(Class<T> type, Map<String, ?> values) {
        Map<String, OptionValue> given = new LinkedHashMap<>();
        values.forEach((k, v) -> given.put(k, new OptionValue(YamlNode.of(v, k), null, 0, k)));
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) known.add(RuleMeta.kebab(rc.getName()));
        for (String k : given.keySet())
            if (!known.contains(k))
                throw new ConfigException(null, 0, k, "unknown option " + ConfigException.quote(k) + "; known: " + String.join(", ", known));
        return type.cast(bind(type, type.getSimpleName(), given, null, 0, ""));
    }

    /** The record with every option at its default. */
    public static <T extends Record> T defaults(Class<T> type) {
        return bind(type, Map.of());
    }

    /**
     * Binds config values; errors point at the value's file and line, or at {@code file}:{@code line}
     * (where the rule is named) for problems not tied to one value.
     */
    static Record bind(Class<?> type, String ruleId, Map<String, OptionValue> given, Path file, int line,
                       String keyPath) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            String key = RuleMeta.kebab(rc.getName());
            OptionValue v = given.get(key);
            if (v != null) {
                args[i] = convert(v.node(), rc.getGenericType(), new Where(v.file(), v.line(), v.keyPath()));
            } else {
                args[i] = defaultValue(rc, ruleId, key);
            }
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return (Record) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                String msg = iae.getMessage() == null ? "invalid options" : iae.getMessage();
                OptionValue culprit = culprit(msg, given);
                if (culprit != null) throw new ConfigException(culprit.file(), culprit.line(), culprit.keyPath(), msg);
                throw new ConfigException(file, line, keyPath, msg);
            }
            throw new IllegalStateException("options of " + ruleId + " could not be built", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("options of " + ruleId + " could not be built", e);
        }
    }

    /** The given value whose key the validation message names (longest key first, so prefixes lose). */
    private static OptionValue culprit(String message, Map<String, OptionValue> given) {
        OptionValue best = null;
        int bestLen = -1;
        for (var e : given.entrySet()) {
            if (message.contains(e.getKey()) && e.getKey().length() > bestLen) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        return best;
    }

    private static Object defaultValue(RecordComponent rc, String ruleId, String key) {
        Option o = rc.getAnnotation(Option.class);
        if (o == null) return empty(rc.getType());
        if (o.defaultValue().isEmpty() && rc.getType() == String.class) return "";
        YamlNode node = YamlNode.parse(o.defaultValue(), null).orElse(YamlNode.of(null, key));
        try {
            return convert(node, rc.getGenericType(), new Where(null, 0, key));
        } catch (ConfigException e) {
            // A rule's own default is a programming error, not something the user can change.
            throw new IllegalStateException("default of option " + key + " of " + ruleId + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type == float.class) return 0f;
        if (type == boolean.class) return false;
        if (List.class.isAssignableFrom(type) || type == Collection.class) return List.of();
        if (Set.class.isAssignableFrom(type)) return Set.of();
        if (Map.class.isAssignableFrom(type)) return Map.of();
        return null;
    }

    private record Where(Path file, int line, String keyPath) {
        ConfigException error(YamlNode node, String message) {
            int l = node.line();
            return new ConfigException(file, l > 0 ? l : line, keyPath, message);
        }

        Where at(String suffix, YamlNode node) {
            int l = node.line();
            return new Where(file, l > 0 ? l : line, keyPath + suffix);
        }
    }

    private static Object convert(YamlNode node, Type type, Where where) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) return collection(node, raw, args[0], where);
            if (Map.class.isAssignableFrom(raw)) return map(node, args[1], where);
            throw new IllegalStateException("unsupported option type " + type);
        }
        if (!(type instanceof Class<?> c)) throw new IllegalStateException("unsupported option type " + type);
        if (c.isPrimitive() && node.isNull()) throw where.error(node, "expected " + expectation(c) + ", got nothing");
        if (node.isNull()) {
            return empty(c);
        }
        if (!node.isScalar()) {
            if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c)) return collection(node, c, String.class, where);
            throw where.error(node, "expected " + expectation(c) + ", got " + node.describe());
        }
        String written = node.text();
        String text = written.trim();
        if (c == String.class) return written;
        if (c == int.class || c == Integer.class) {
            long v = whole(text, node, where);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
                throw where.error(node, "expected a whole number up to " + Integer.MAX_VALUE + ", got " + ConfigException.quote(text));
            return (int) v;
        }
        if (c == long.class || c == Long.class) return whole(text, node, where);
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            try {
                double d = Double.parseDouble(text.replace("_", ""));
                if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
                return c == float.class || c == Float.class ? (Object) (float) d : (Object) d;
            } catch (NumberFormatException e) {
                throw where.error(node, "expected a number, got " + ConfigException.quote(text));
            }
        }
        if (c == boolean.class || c == Boolean.class) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw where.error(node, "expected true or false, got " + ConfigException.quote(text));
            };
        }
        if (c.isEnum()) return enumValue(c, text, node, where);
        if (c == LocalDate.class) {
            try {
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(text);
            } catch (DateTimeException e) {
                // reported below
            }
            throw where.error(node, "expected a date as YYYY-MM-DD, got " + ConfigException.quote(text));
        }
        if (c == Pattern.class) {
            try {
                return Pattern.compile(written);
            } catch (PatternSyntaxException e) {
                throw where.error(node, "invalid regular expression " + ConfigException.quote(written) + ": " + e.getDescription());
            }
        }
        if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c)) return collection(node, c, String.class, where);
        throw new IllegalStateException("unsupported option type " + c.getName());
    }

    private static String expectation(Class<?> c) {
        if (c == int.class || c == long.class) return "a whole number";
        if (c == double.class || c == float.class) return "a number";
        if (c == boolean.class) return "true or false";
        if (c.isEnum()) return "one of " + enumNames(c);
        if (c == LocalDate.class) return "a date as YYYY-MM-DD";
        if (c == Integer.class || c == Long.class) return "a whole number";
        if (c == Double.class || c == Float.class) return "a number";
        if (c == Boolean.class) return "true or false";
        return "a text value";
    }

    private static long whole(String text, YamlNode node, Where where) {
        String t = text.replace("_", "");
        try {
            if (t.startsWith("0x")) return Long.parseLong(t.substring(2), 16);
            if (t.startsWith("0o")) return Long.parseLong(t.substring(2), 8);
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw where.error(node, "expected a whole number, got " + ConfigException.quote(text));
        }
    }

    private static String enumNames(Class<?> c) {
        List<String> names = new ArrayList<>();
        for (Object o : c.getEnumConstants())
            names.add(((Enum<?>) o).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return String.join(", ", names);
    }

    private static Object enumValue(Class<?> c, String text, YamlNode node, Where where) {
        String wanted = text.replace('-', '_').replace(' ', '_');
        for (Object o : c.getEnumConstants())
            if (((Enum<?>) o).name().equalsIgnoreCase(wanted)) return o;
        throw where.error(node, "expected one of " + enumNames(c) + "; got " + ConfigException.quote(text));
    }

    private static Object collection(YamlNode node, Class<?> raw, Type element, Where where) {
        if (node.isMap()) throw where.error(node, "expected a list, got " + node.describe());
        List<YamlNode> items = node.items();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String suffix = node.isList() ? "[" + i + "]" : "";
            if (item.isNull()) throw where.at(suffix, item).error(item, "expected a list item, got nothing");
            out.add(convert(item, element, where.at(suffix, item)));
        }
        if (Set.class.isAssignableFrom(raw)) return Collections.unmodifiableSet(new LinkedHashSet<>(out));
        return Collections.unmodifiableList(out);
    }

    private static Object map(YamlNode node, Type valueType, Where where) {
        if (node.isNull()) return Map.of();
        if (!node.isMap()) throw where.error(node, "expected a map, got " + node.describe());
        Map<String, Object> out = new LinkedHashMap<>();
        // Keys are checked (text, unique) by entries(); the value's key path is this option's, not the node's own.
        for (var e : node.entries("a map").entrySet())
            out.put(e.getKey(), convert(e.getValue(), valueType, where.at("." + e.getKey(), e.getValue())));
        return Collections.unmodifiableMap(out);
    }
}
