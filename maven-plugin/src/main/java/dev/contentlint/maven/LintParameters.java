package dev.contentlint.maven;

import dev.contentlint.core.config.DefaultFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that lints takes, as Maven injected them, and the one place that reads them.
 * The goals still declare the fields, each with one of the property names here: Maven injects only a
 * goal's own and inherited fields, and {@code check} ({@code AbstractMojo}) and the reports
 * ({@code AbstractMavenReport}) cannot share a base class.
 *
 * @param includes       comma-separated globs of the documents to lint, or null for {@link DefaultFiles#INCLUDE}
 * @param excludes       comma-separated globs never linted, or null for {@link DefaultFiles#EXCLUDE}
 * @param configLocation config file, or null for discovery
 * @param today          date freshness rules count from, YYYY-MM-DD, or null
 */
record LintParameters(String includes, String excludes, File configLocation, String today) {
    static final String SKIP = "contentlint.skip";
    static final String INCLUDES = "contentlint.includes";
    static final String EXCLUDES = "contentlint.excludes";
    static final String CONFIG_LOCATION = "contentlint.configLocation";
    static final String TODAY = "contentlint.today";

    /**
     * The run these parameters describe.
     *
     * @param skipModules whether the folders of the project's modules are left to their own runs
     * @throws dev.contentlint.core.frontend.UsageException naming the parameter, for a bad value
     */
    LintRequest request(Path basedir, MavenProject project, boolean skipModules, Path cacheDirectory) {
        List<String> include = Parameters.list(includes);
        List<String> exclude = excludes == null ? DefaultFiles.EXCLUDE : Parameters.list(excludes);
        return new LintRequest(basedir, include.isEmpty() ? DefaultFiles.INCLUDE : include,
                Parameters.excludes(exclude, project, basedir, skipModules), Parameters.path(configLocation),
                Parameters.today(today), cacheDirectory);
    }
}
