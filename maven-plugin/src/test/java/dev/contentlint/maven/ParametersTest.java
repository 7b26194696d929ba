package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ParametersTest {
    @Test
    void severityIsReadInAnyCaseAndAWrongOneNamesTheParameter() {
        assertEquals(Severity.WARNING, Parameters.severity(" Warning "));
        UsageException e = assertThrows(UsageException.class, () -> Parameters.severity("fatal"));
        assertEquals("violationSeverity must be error, warning or info, not 'fatal'", e.getMessage());
    }

    @Test
    void reportUnusedDisableDirectivesIsTrueFalseOrASeverity() {
        assertNull(Parameters.unusedDirectives(null));
        assertNull(Parameters.unusedDirectives(" false "));
        assertEquals(Severity.WARNING, Parameters.unusedDirectives("true"));
        assertEquals(Severity.ERROR, Parameters.unusedDirectives("Error"));
        assertEquals(Severity.INFO, Parameters.unusedDirectives("info"));
        UsageException e = assertThrows(UsageException.class, () -> Parameters.unusedDirectives("yes"));
        assertEquals("reportUnusedDisableDirectives must be true, false, error, warning or info, not 'yes'", e.getMessage());
    }

    @Test
    void todayIsAnIsoDateOrNothing() {
        assertEquals(LocalDate.of(2026, 11, 26), Parameters.today("2026-11-26"));
        assertNull(Parameters.today(" "));
        UsageException e = assertThrows(UsageException.class, () -> Parameters.today("26.11.2026"));
        assertEquals("today must be a date written YYYY-MM-DD, e.g. 2026-11-26, not '26.11.2026'",
                e.getMessage());
    }

    @Test
    void moduleFoldersBelowTheBasedirAreExcludedWhenTheyLintThemselves() {
        Model model = new Model();
        model.setModules(List.of("module-a", "parts/module-b/pom.xml", "../sibling"));
        MavenProject project = new MavenProject(model);
        Path base = Path.of("project").toAbsolutePath();
        assertEquals(List.of("**/target/**", "/module-a/", "/parts/module-b/"),
                Parameters.excludes(List.of("**/target/**"), project, base, true));
        assertEquals(List.of("**/target/**"), Parameters.excludes(List.of("**/target/**"), project, base, false));
    }

    @Test
    void commaSeparatedValuesAreTrimmedAndBlanksDropped() {
        assertEquals(List.of("a/**", "b.md"), Parameters.list(" a/** ,, b.md ,"));
        assertEquals(List.of(), Parameters.list(null));
    }
}
