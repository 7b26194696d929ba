package dev.contentlint.core.document;

import java.util.Map;

/**
 * The YAML front matter of a document.
 *
 * @param values     top-level keys in order, values as snakeyaml-engine loads them (String, Number,
 *                   Boolean, List, Map, or null)
 * @param keySpans   source span of each top-level key
 * @param valueSpans source span of each top-level value
 * @param span       source span of the whole block, delimiters included ({@link Span#START} when absent)
 */
public record FrontMatter(Map<String, Object> values, Map<String, Span> keySpans, Map<String, Span> valueSpans, Span span) {
    public static final FrontMatter NONE = new FrontMatter(Map.of(), Map.of(), Map.of(), Span.START);

    public FrontMatter {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        keySpans = Map.copyOf(keySpans);
        valueSpans = Map.copyOf(valueSpans);
    }

    public boolean isPresent() {
        return span.length() > 0;
    }
}
