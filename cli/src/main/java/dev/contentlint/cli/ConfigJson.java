package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigDiff;
import dev.contentlint.core.config.ConfigExplanation;
import dev.contentlint.core.config.ConfigValues;
import dev.contentlint.core.config.Origin;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** {@code contentlint config --format json} for scripts; the shape is documented in the command's help. */
final class ConfigJson {
    private ConfigJson() {}

    static void explanation(Config config, ConfigExplanation e, Path workingDir, PrintStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        w.beginObject().name("config");
        if (config.file().isPresent()) w.value(ConfigText.shown(config.file().get(), workingDir));
        else w.nullValue();
        w.member("path", e.path()).name("settings").beginArray();
        for (ConfigExplanation.Setting s : e.settings()) {
            w.beginObject().member("key", s.key()).name("value");
            value(w, s.value());
            w.name("builtIn").value(s.builtIn());
            origin(w.name("origin"), s.origin(), workingDir);
            w.endObject();
        }
        w.endArray().name("rules").beginArray();
        for (ConfigExplanation.EnabledRule r : e.rules()) {
            w.beginObject().member("id", r.id()).member("severity", r.severity().id());
            origin(w.name("severityOrigin"), r.severityOrigin(), workingDir);
            origin(w.name("enabledBy"), r.enabledBy(), workingDir);
            w.name("options").beginArray();
            for (ConfigExplanation.OptionSetting o : r.options()) {
                w.beginObject().member("key", o.key()).name("value");
                value(w, o.value());
                origin(w.name("origin"), o.origin(), workingDir);
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray().endObject();
        w.finish();
        out.println(sb);
    }

    static void diff(String preset, String against, ConfigDiff diff, PrintStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        w.beginObject().member("preset", preset).member("against", against).name("changes").beginArray();
        for (ConfigDiff.RuleChange c : diff.changes()) {
            w.beginObject().member("id", c.id()).member("change", c.change().name().toLowerCase(Locale.ROOT));
            severity(w.name("from"), c.from());
            severity(w.name("to"), c.to());
            w.name("options").beginArray();
            for (ConfigDiff.OptionChange o : c.options()) {
                w.beginObject().member("key", o.key()).name("from");
                value(w, o.from());
                w.name("to");
                value(w, o.to());
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray().endObject();
        w.finish();
        out.println(sb);
    }

    private static void severity(JsonWriter w, Severity s) throws IOException {
        if (s == null) w.nullValue();
        else w.value(s.id());
    }

    private static void origin(JsonWriter w, Origin o, Path workingDir) throws IOException {
        w.beginObject().member("kind", o.kind().name().toLowerCase(Locale.ROOT));
        switch (o.kind()) {
            case FILE -> {
                w.name("file");
                if (o.file() == null) w.nullValue();
                else w.value(ConfigText.shown(o.file(), workingDir));
                w.member("line", o.line()).member("keyPath", o.keyPath());
            }
            case PRESET -> w.member("preset", o.preset()).member("line", o.line()).member("keyPath", o.keyPath());
            case DEFAULT -> { }
        }
        w.endObject();
    }

    /** A config value as JSON: numbers, booleans, lists and maps as such, anything else as its config spelling. */
    private static void value(JsonWriter w, Object v) throws IOException {
        if (v == null) {
            w.nullValue();
        } else if (v instanceof Boolean b) {
            w.value(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            w.value(((Number) v).longValue());
        } else if (v instanceof Number n) {
            w.value(n.doubleValue());
        } else if (v instanceof Collection<?> c) {
            w.beginArray();
            for (Object o : c) value(w, o);
            w.endArray();
        } else if (v instanceof Map<?, ?> m) {
            w.beginObject();
            for (var en : m.entrySet()) {
                w.name(ConfigValues.text(en.getKey()));
                value(w, en.getValue());
            }
            w.endObject();
        } else {
            w.value(ConfigValues.text(v));
        }
    }
}
