package dev.contentlint.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in output formats, looked up by the name given to {@code --format}. */
public final class Formatters {
    private static final List<Formatter> ALL = List.of(new TextFormatter(), new JsonFormatter(),
            new SarifFormatter(), new CheckstyleFormatter(), new JunitFormatter(), new GithubFormatter(),
            new GitlabFormatter());

    private Formatters() {}

    /** Every format, the default ({@code text}) first. */
    public static List<Formatter> all() {
        return ALL;
    }

    /** The format names in the order help texts list them. */
    public static List<String> names() {
        return ALL.stream().map(Formatter::name).toList();
    }

    /** The format with this name (case and surrounding blanks ignored), if there is one. */
    public static Optional<Formatter> find(String name) {
        if (name == null) return Optional.empty();
        String key = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException naming the formats there are, when there is none by that name
     */
    public static Formatter get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown output format '" + name + "'; use one of: " + String.join(", ", names()) + "."));
    }
}
