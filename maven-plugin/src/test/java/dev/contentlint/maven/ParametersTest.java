package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ParametersTest {
    @Test
    void severityIsReadInAnyCaseAndAWrongOneNamesTheParameter() throws MojoExecutionException {
        assertEquals(Severity.WARNING, Parameters.severity(" Warning "));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> Parameters.severity("fatal"));
        assertEquals("contentlint: violationSeverity must be error, warning or info, not 'fatal'", e.getMessage());
    }

    @Test
    void todayIsAnIsoDateOrNothing() throws MojoExecutionException {
        assertEquals(LocalDate.of(2026, 11, 26), Parameters.today("2026-11-26"));
        assertNull(Parameters.today(" "));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> Parameters.today("26.11.2026"));
        assertEquals("contentlint: today must be a date written YYYY-MM-DD, e.g. 2026-11-26, not '26.11.2026'",
                e.getMessage());
    }

    @Test
    void moduleFoldersBelowTheBasedirAreExcludedWhenTheyLintThemselves() {
        Model model = new Model();
        model.setModules(List.of("module-a", "parts/module-b/pom.xml", "../sibling"));
        MavenProject project = new MavenProject(model);
        Path base = Path.of("project").toAbsolutePath();
        assertEquals(List.of("**/target/**", "/module-a/", "/parts/module-b/"),
                Parameters.excludes("**/target/**", project, base, true));
        assertEquals(List.of("**/target/**"), Parameters.excludes("**/target/**", project, base, false));
    }
}
