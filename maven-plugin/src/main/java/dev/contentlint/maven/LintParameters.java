package dev.contentlint.maven;

import dev.contentlint.core.config.DefaultFiles;
import dev.contentlint.core.frontend.SourceEncoding;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that lints takes, as Maven injected them, and the one place that reads them.
 * The goals still declare the fields, each with one of the property names here: Maven injects only a
 * goal's own and inherited fields, and {@code check} ({@code AbstractMojo}) and the reports
 * ({@code AbstractMavenReport}) cannot share a base class.
 *
 * @param includes             comma-separated globs of the documents to lint, or null for {@link DefaultFiles#INCLUDE}
 * @param excludes             comma-separated globs never linted, or null for {@link DefaultFiles#EXCLUDE}
 * @param configLocation       config file, class-path resource or URL ({@link ConfigLocation}), or null for discovery
 * @param today                date freshness rules count from, YYYY-MM-DD, or null
 * @param encoding             charset of documents without a byte order mark, or null for UTF-8
 * @param includeResources     whether the project's resource folders are linted
 * @param includeTestResources whether the project's test resource folders are linted
 */
record LintParameters(String includes, String excludes, String configLocation, String today, String encoding,
                      boolean includeResources, boolean includeTestResources) {
    static final String SKIP = "contentlint.skip";
    static final String INCLUDES = "contentlint.includes";
    static final String EXCLUDES = "contentlint.excludes";
    static final String CONFIG_LOCATION = "contentlint.configLocation";
    static final String TODAY = "contentlint.today";
    static final String ENCODING = "contentlint.encoding";
    static final String INCLUDE_RESOURCES = "contentlint.includeResources";
    static final String INCLUDE_TEST_RESOURCES = "contentlint.includeTestResources";

    /** With the defaults of the parameters besides these: UTF-8, resources linted, test resources not. */
    LintParameters(String includes, String excludes, String configLocation, String today) {
        this(includes, excludes, configLocation, today, null, true, false);
    }

    /**
     * The run these parameters describe.
     *
     * @param projects    the projects whose resource folders below {@code basedir} the resource switches apply to
     * @param skipModules whether the folders of the project's modules are left to their own runs
     * @param session     the build, whose top folder a relative {@code configLocation} is also looked for in; may be null
     * @throws dev.contentlint.core.frontend.UsageException naming the parameter, for a bad value
     */
    LintRequest request(Path basedir, MavenProject project, List<MavenProject> projects, boolean skipModules,
                        Path cacheDirectory, MavenSession session) {
        List<String> include = Parameters.list(includes);
        List<String> exclude = excludes == null ? DefaultFiles.EXCLUDE : Parameters.list(excludes);
        exclude = Parameters.excludes(exclude, project, basedir, skipModules);
        exclude = Parameters.resourceExcludes(exclude, projects, basedir, includeResources, includeTestResources);
        Path base = basedir.toAbsolutePath().normalize();
        ConfigLocation config = ConfigLocation.resolve(configLocation, base,
                session == null || project == null ? null : BuildTop.of(session, project),
                LintParameters.class.getClassLoader());
        return new LintRequest(basedir, include.isEmpty() ? DefaultFiles.INCLUDE : include, exclude, config,
                Parameters.today(today), cacheDirectory, SourceEncoding.parse(encoding, "encoding"));
    }

    /** {@link #request(Path, MavenProject, List, boolean, Path, MavenSession)} for {@code project}'s own resources. */
    LintRequest request(Path basedir, MavenProject project, boolean skipModules, Path cacheDirectory, MavenSession session) {
        return request(basedir, project, project == null ? List.of() : List.of(project), skipModules, cacheDirectory,
                session);
    }
}
