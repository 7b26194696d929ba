package dev.contentlint.maven;

import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** The site report of one project's documents (child modules have their own). */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public final class ReportMojo extends AbstractContentlintReport {
    @Override
    Path lintedDirectory() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    @Override
    boolean skipModules() {
        return true;
    }
}
