package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * One site report and one set of report files for a multi-module build: lints the top project's folder with
 * every module below it in a single run, so rules that compare files see the whole reactor, services start
 * once, and the SARIF file holds one run that code scanning takes in one upload.
 */
@Mojo(name = "aggregate", aggregator = true, inheritByDefault = false, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class AggregateMojo extends AbstractContentlintReport {
    /** The page's name: a module's own {@code report} page at the top is {@code contentlint.html}. */
    static final String OUTPUT_NAME = "contentlint-aggregate";

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Comma-separated formats written to {@code aggregateDirectory}, as {@code check}'s {@code outputFormats}. */
    @Parameter(property = "contentlint.outputFormats", defaultValue = CheckMojo.DEFAULT_FORMATS)
    private String outputFormats;

    /** The lowest severity JUnit counts as a failed test: error, warning or info, as {@code check}'s. */
    @Parameter(property = "contentlint.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** Where the whole build's report files go; apart from {@code check}'s, which at the top cover the top project alone. */
    @Parameter(property = "contentlint.aggregateDirectory", defaultValue = "${project.build.directory}/contentlint/aggregate")
    private File aggregateDirectory;

    @Override
    Path lintedDirectory() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    @Override
    boolean skipModules() {
        return false;
    }

    @Override
    Path namesRelativeTo() {
        return BuildTop.of(session, project);
    }

    @Override
    void writeFiles(RunResult result) {
        List<Formatter> formats = OutputFiles.formats(outputFormats);
        Path out = Parameters.path(aggregateDirectory);
        FormatOptions options = FormatOptions.plain(version()).withBaseDir(namesRelativeTo())
                .withFailOn(Parameters.severity(violationSeverity));
        for (Path file : OutputFiles.write(result, formats, out, options)) getLog().info("contentlint: wrote " + file);
        OutputFiles.removeOthers(formats, out);
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "contentlint (all modules)";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Content-quality and accessibility findings in the documents of every module of the build.";
    }

    @Override
    java.util.List<org.apache.maven.project.MavenProject> projects() {
        return reactorProjects == null ? java.util.List.of(project) : reactorProjects;
    }
}
