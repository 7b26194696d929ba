package dev.contentlint.maven;

import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * One site report for a multi-module build: lints the top project's folder with every module below it in
 * a single run, so rules that compare files see the whole reactor and services start once.
 */
@Mojo(name = "aggregate", aggregator = true, inheritByDefault = false, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class AggregateMojo extends AbstractContentlintReport {
    @Override
    Path lintedDirectory() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    @Override
    boolean skipModules() {
        return false;
    }

    @Override
    java.util.List<org.apache.maven.project.MavenProject> projects() {
        return reactorProjects == null ? java.util.List.of(project) : reactorProjects;
    }
}
