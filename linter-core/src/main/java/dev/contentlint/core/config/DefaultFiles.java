package dev.contentlint.core.config;

import java.util.List;

/**
 * The documents a run lints when the config's {@code files:} says nothing: the command line and the Maven
 * plugin both start from these lists, so a folder selects the same files whichever runs.
 */
public final class DefaultFiles {
    /** Every extension a parser reads: Markdown, HTML and plain text. */
    public static final List<String> INCLUDE = List.of("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt");

    /** Dependencies and build output, which never hold a project's own documents. */
    public static final List<String> EXCLUDE = List.of("**/node_modules/**", "**/target/**", "**/vendor/**");

    private DefaultFiles() {
    }
}
