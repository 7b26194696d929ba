package dev.contentlint.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the {@code check} and {@code fix} goals share: which documents of the module, with which config and date. */
abstract class AbstractLintMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the goal. */
    @Parameter(property = LintParameters.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * Comma-separated globs, relative to the basedir, of the documents to lint; a file must also match the
     * config's {@code files.include}. Default: Markdown, HTML and plain-text files, as on the command line.
     */
    @Parameter(property = LintParameters.INCLUDES)
    private String includes;

    /**
     * Comma-separated globs, relative to the basedir, of files and folders never linted. Default: the
     * {@code target}, {@code node_modules} and {@code vendor} folders, as on the command line.
     */
    @Parameter(property = LintParameters.EXCLUDES)
    private String excludes;

    /**
     * The config: a file (relative to the basedir, else to the top of the build), a resource on the plugin's class
     * path (a shared config jar added as a plugin dependency) or a {@code file:}, {@code http:} or {@code https:}
     * URL. When absent, the nearest .contentlint.yml upwards from the basedir, else the built-in default.
     */
    @Parameter(property = LintParameters.CONFIG_LOCATION)
    private String configLocation;

    /** The charset of documents without a byte order mark. Default: the build's source encoding, else UTF-8. */
    @Parameter(property = LintParameters.ENCODING, defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Lints the documents in the project's resource folders ({@code src/main/resources}). */
    @Parameter(property = LintParameters.INCLUDE_RESOURCES, defaultValue = "true")
    private boolean includeResources;

    /** Lints the documents in the project's test resource folders ({@code src/test/resources}): test fixtures, mostly. */
    @Parameter(property = LintParameters.INCLUDE_TEST_RESOURCES, defaultValue = "false")
    private boolean includeTestResources;

    /** The date freshness rules count from, YYYY-MM-DD, for reproducible builds. Default: the config's, else the system date. */
    @Parameter(property = LintParameters.TODAY)
    private String today;

    /** Whether the goal is skipped; it says so in the log. */
    final boolean skipped() {
        if (skip) getLog().info("Skipping contentlint (contentlint.skip=true)");
        return skip;
    }

    /**
     * The lint request for this module's documents, with the run cache in {@code cacheDirectory} (null for none);
     * findings name files relative to the {@link #top() top of the build}.
     */
    final LintRequest request(Path cacheDirectory) {
        return new LintParameters(includes, excludes, configLocation, today, encoding, includeResources,
                includeTestResources).request(Parameters.path(basedir), project, true, cacheDirectory, session)
                .relativeTo(top());
    }

    /** The folder findings name files relative to: the top of the build, the module's own folder when alone. */
    final Path top() {
        return BuildTop.of(session, project);
    }

    /** The module's name in log lines of a parallel build with several modules, e.g. {@code "[user-guide] "}; else empty. */
    final String logPrefix() {
        return session != null && session.isParallel() && session.getProjects().size() > 1
                ? "[" + project.getArtifactId() + "] " : "";
    }

    /** The module's folder. */
    final Path base() {
        return Parameters.path(basedir);
    }
}
