package dev.contentlint.core.config;

import dev.contentlint.core.document.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code files.formats} setting: globs that choose the format a file is read in whatever its extension
 * says (Markdown saved as {@code .txt}, say); the first glob, in the order written, that a path matches wins.
 */
public final class FormatMap {
    /** No mapping: every file is read in the format its extension gives. */
    public static final FormatMap NONE = new FormatMap(Map.of());

    private final Map<String, Format> written;
    private final List<Glob> globs = new ArrayList<>();
    private final List<Format> formats = new ArrayList<>();

    /** {@code mapping} from glob to format, in the order written; every glob must compile. */
    public FormatMap(Map<String, Format> mapping) {
        this.written = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        mapping.forEach((glob, format) -> {
            globs.add(Glob.compile(glob));
            formats.add(format);
        });
    }

    /** The format a glob maps {@code relativePath} to, if any (relative to the config's base directory). */
    public Optional<Format> formatOf(String relativePath) {
        for (int i = 0; i < globs.size(); i++) if (globs.get(i).matches(relativePath)) return Optional.of(formats.get(i));
        return Optional.empty();
    }

    /** The format {@code relativePath} is read in: the mapping's, else its extension's, else {@code fallback}. */
    public Format choose(String relativePath, Format fallback) {
        return formatOf(relativePath).or(() -> Format.ofFileName(relativePath)).orElse(fallback);
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    /** The mapping as written, glob to format name in lower case, in order. */
    public Map<String, String> asWritten() {
        Map<String, String> out = new LinkedHashMap<>();
        written.forEach((g, f) -> out.put(g, f.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The format a setting value names: markdown, html or text (case does not matter), or empty. */
    static Optional<Format> named(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> Optional.of(Format.MARKDOWN);
            case "html" -> Optional.of(Format.HTML);
            case "text", "txt" -> Optional.of(Format.TEXT);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return asWritten().toString();
    }
}
