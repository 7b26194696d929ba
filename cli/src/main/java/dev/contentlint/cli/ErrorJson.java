package dev.contentlint.cli;

import dev.contentlint.core.frontend.RunError;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.ConfigException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Locale;

/**
 * The JSON object a run that stops with exit 2 writes on standard output when {@code --format json} was asked
 * for, so a tool that parses standard output gets a document saying why instead of nothing
 * (docs/json-format.md, "Errors").
 */
final class ErrorJson {
    private ErrorJson() {}

    /** Whether the arguments ask for JSON: {@code --format json}, {@code -f json}, {@code --format=json}, {@code -fjson}. */
    static boolean requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return false;
            if ((a.equals("--format") || a.equals("-f")) && i + 1 < args.length) {
                if (args[i + 1].equals("json")) return true;
                i++;
            } else if (a.equals("--format=json") || a.equals("-fjson") || a.equals("-f=json")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the error object for {@code error} to {@code out}. */
    static void write(RunError error, PrintStream out) {
        ConfigException config = error.cause() instanceof ConfigException c ? c : null;
        String message = error.message();
        write(error.kind().name().toLowerCase(Locale.ROOT), message,
                config == null || config.file() == null ? null : config.file().toString(),
                config == null || config.line() <= 0 ? 0 : config.line(), out);
    }

    /** Writes an error object of {@code kind} (config, input, usage, internal); {@code line} 0 means none. */
    static void write(String kind, String message, String file, int line, PrintStream out) {
        StringWriter text = new StringWriter();
        try {
            JsonWriter w = new JsonWriter(text);
            w.beginObject().member("version", 1);
            w.name("tool").beginObject().member("name", "contentlint").member("version", Version.get()).endObject();
            w.name("error").beginObject().member("kind", kind).member("message", message).member("file", file);
            w.name("line");
            if (line > 0) w.value(line); else w.nullValue();
            w.endObject().endObject().finish();
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        out.print(text);
        out.flush();
    }
}
