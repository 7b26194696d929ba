package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints the project's documents and fails the build on findings at or above {@code violationSeverity}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skips linting. */
    @Parameter(property = "contentlint.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build when findings reach {@code violationSeverity}. */
    @Parameter(property = "contentlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The lowest severity that fails the build: error, warning or info. */
    @Parameter(property = "contentlint.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** A config file; when absent, discovery from the project basedir, then the built-in default. */
    @Parameter(property = "contentlint.configLocation")
    private File configLocation;

    /** Fixed date (YYYY-MM-DD) for reproducible builds. */
    @Parameter(property = "contentlint.today")
    private String today;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contentlint: skipped");
            return;
        }
        Severity threshold = Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "violationSeverity must be error, warning or info, not '" + violationSeverity + "'"));
        RunResult result;
        try {
            RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
            ConfigLoader loader = new ConfigLoader(registry);
            Config config = configLocation != null ? loader.load(configLocation.toPath())
                    : loader.discover(basedir.toPath(), Map.of());
            EngineOptions options = EngineOptions.defaults(basedir.toPath());
            if (today != null && !today.isBlank()) options = options.withToday(LocalDate.parse(today.trim()));
            result = new Engine(config, registry, options).run(List.of(Input.of(basedir.toPath())));
        } catch (ConfigException | InputException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("contentlint: today must be YYYY-MM-DD, not '" + today + "'", e);
        }
        for (Finding f : result.findings()) {
            String line = f.path() + ":" + f.location().line() + ":" + f.location().column() + ": "
                    + f.severity().id() + ": " + f.message() + " [" + f.ruleId() + "]";
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        long failing = result.countAtLeast(threshold);
        getLog().info("contentlint: " + result.findings().size() + " finding(s) in " + result.files().size()
                + " file(s)");
        if (failOnViolation && failing > 0)
            throw new MojoFailureException("contentlint: " + failing + " finding(s) at or above "
                    + threshold.id() + "; see the log above");
    }
}
