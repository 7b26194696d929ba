package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/** The site report page of the {@code report} and {@code aggregate} goals; they differ in which folder they lint. */
abstract class AbstractContentlintReport extends AbstractMavenReport {
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the report. */
    @Parameter(property = LintParameters.SKIP, defaultValue = "false")
    private boolean skip;

    /** Comma-separated globs of the documents to lint; as for {@code check}. */
    @Parameter(property = LintParameters.INCLUDES)
    private String includes;

    /** Comma-separated globs of files and folders never linted; as for {@code check}. */
    @Parameter(property = LintParameters.EXCLUDES)
    private String excludes;

    /** The config: a file, a class-path resource or a URL; as for {@code check}. Default: discovery from the linted folder. */
    @Parameter(property = LintParameters.CONFIG_LOCATION)
    private String configLocation;

    /** The charset of documents without a byte order mark; as for {@code check}. */
    @Parameter(property = LintParameters.ENCODING, defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Lints the documents in resource folders; as for {@code check}. */
    @Parameter(property = LintParameters.INCLUDE_RESOURCES, defaultValue = "true")
    private boolean includeResources;

    /** Lints the documents in test resource folders; as for {@code check}. */
    @Parameter(property = LintParameters.INCLUDE_TEST_RESOURCES, defaultValue = "false")
    private boolean includeTestResources;

    /** The date freshness rules count from, YYYY-MM-DD. */
    @Parameter(property = LintParameters.TODAY)
    private String today;

    /** Folder of the run cache shared with {@code check}, so a report after a build reuses its results. */
    @Parameter(defaultValue = "${project.build.directory}/contentlint/cache", readonly = true)
    private File cacheDirectory;

    /** The folder whose documents the report covers. */
    abstract Path lintedDirectory();

    /** Whether the folders of child modules are left to their own reports. */
    abstract boolean skipModules();

    /** The folder the page names files relative to; the linted folder unless a goal says otherwise. */
    Path namesRelativeTo() {
        return lintedDirectory();
    }

    /** Writes what the goal makes of the run besides the page; nothing by default. */
    void writeFiles(RunResult result) {}

    /** contentlint's version, as reports name it. */
    final String version() {
        return pluginVersion == null ? "dev" : pluginVersion;
    }

    /** The projects whose resource folders the report's resource switches apply to. */
    List<MavenProject> projects() {
        return List.of(project);
    }

    @Override
    public String getOutputName() {
        return "contentlint";
    }

    @Override
    public String getName(Locale locale) {
        return "contentlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Content-quality and accessibility findings in the project's Markdown, HTML and text documents.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = lintedDirectory();
        ReadabilityTableSource readabilitySource = ReadabilityTableSource.load();
        RunResult result;
        try {
            LintRequest request = new LintParameters(includes, excludes, configLocation, today, encoding,
                    includeResources, includeTestResources)
                    .request(base, project, projects(), skipModules(), Parameters.path(cacheDirectory), session)
                    .relativeTo(namesRelativeTo());
            result = new Linter().run(request, readabilitySource.products()).result();
            writeFiles(result);
        } catch (RuntimeException e) {
            throw BuildErrors.ofReport(e, getLog());
        }
        ReadabilityTable readability = readabilitySource.table(result);
        try {
            // Named after the page, so a module's page and the whole build's do not overwrite each other's.
            Optional<String> full = readabilitySource.writeFullReport(result, getReportOutputDirectory().toPath(),
                    getOutputName() + "-readability.html");
            if (full.isPresent()) readability = readability.withFullReport(full.get());
        } catch (IOException | RuntimeException e) {
            getLog().warn("contentlint: the full readability report could not be written: " + e.getMessage());
        }
        new ReportRenderer(getSink(), result, readability, version()).render();
        getLog().info("contentlint: report covers " + result.files().size() + " files, "
                + result.findings().size() + " findings");
    }

}
