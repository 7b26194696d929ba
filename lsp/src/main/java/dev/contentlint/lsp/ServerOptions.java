package dev.contentlint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the editor can tune in {@code initializationOptions}; every field has a default, so a client that sends
 * none gets a working server.
 *
 * @param debounceMillis       quiet time after the last change before a buffer is checked; 75 ms by default, so a
 *                             check of a long page still ends within about 150 ms of the last keystroke, while a
 *                             burst of typing faster than that is checked once
 * @param corpusDebounceMillis quiet time after the last change before corpus rules (unused glossary entries,
 *                             duplicated passages) look at the whole workspace again; below 0 turns
 *                             those runs off
 * @param config               a config file for every document, as {@code check --config} names one; null to
 *                             discover it from each document's folder
 * @param warmGrammar          whether LanguageTool is loaded in the background at start when a config enables it
 */
public record ServerOptions(long debounceMillis, long corpusDebounceMillis, String config, boolean warmGrammar) {
    public static final ServerOptions DEFAULTS = new ServerOptions(75, 1500, null, true);

    public ServerOptions {
        if (debounceMillis < 0) throw new IllegalArgumentException("debounceMillis must be 0 or more, not " + debounceMillis);
    }

    /** The options in {@code json} (the client's {@code initializationOptions}), the defaults for what it leaves out. */
    public static ServerOptions from(Object json) {
        if (!(json instanceof JsonObject o)) return DEFAULTS;
        return new ServerOptions(
                number(o, "debounceMillis", DEFAULTS.debounceMillis),
                number(o, "corpusDebounceMillis", DEFAULTS.corpusDebounceMillis),
                o.has("config") && o.get("config").isJsonPrimitive() ? o.get("config").getAsString() : null,
                !o.has("warmGrammar") || !o.get("warmGrammar").isJsonPrimitive() || o.get("warmGrammar").getAsBoolean());
    }

    private static long number(JsonObject o, String key, long fallback) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) return fallback;
        return e.getAsLong();
    }
}
