package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.DefaultFiles;
import dev.contentlint.core.frontend.UsageException;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class LintParametersTest {
    private static final Path BASE = Path.of("/projects/site");

    @Test
    void unsetIncludesAndExcludesAreTheCoreDefaultsWithText() {
        LintRequest r = new LintParameters(null, null, null, null).request(BASE, null, true, null);
        assertEquals(DefaultFiles.INCLUDE, r.includes());
        assertEquals(DefaultFiles.EXCLUDE, r.excludes());
        assertTrue(r.includes().contains("**/*.txt"), r.includes().toString());
        assertNull(r.configLocation());
        assertNull(r.today());
    }

    @Test
    void givenGlobsReplaceTheDefaults() {
        LintRequest r = new LintParameters(" docs/**/*.md , ", "docs/drafts/**", null, null).request(BASE, null, true, null);
        assertEquals(List.of("docs/**/*.md"), r.includes());
        assertEquals(List.of("docs/drafts/**"), r.excludes());
    }

    @Test
    void blankIncludesFallBackToTheDefaults() {
        assertEquals(DefaultFiles.INCLUDE, new LintParameters(" , ", null, null, null).request(BASE, null, true, null).includes());
    }

    @Test
    void moduleFoldersJoinTheExcludesWhenModulesLintThemselves() {
        Model model = new Model();
        model.setModules(List.of("module-a"));
        MavenProject project = new MavenProject(model);
        List<String> expected = new ArrayList<>(DefaultFiles.EXCLUDE);
        expected.add("/module-a/");
        assertEquals(expected, new LintParameters(null, null, null, null).request(BASE, project, true, null).excludes());
        assertEquals(DefaultFiles.EXCLUDE, new LintParameters(null, null, null, null).request(BASE, project, false, null).excludes());
    }

    @Test
    void configLocationTodayAndCacheAreCarriedOver() {
        LintRequest r = new LintParameters(null, null, new File("/projects/site/conf/../lint.yml"), "2026-11-26")
                .request(BASE, null, true, BASE.resolve("target/contentlint/cache"));
        assertEquals(Path.of("/projects/site/lint.yml"), r.configLocation());
        assertEquals(LocalDate.of(2026, 11, 26), r.today());
        assertEquals(BASE.resolve("target/contentlint/cache"), r.cacheDirectory());
    }

    @Test
    void aBadDateNamesTheParameter() {
        UsageException e = assertThrows(UsageException.class,
                () -> new LintParameters(null, null, null, "tomorrow").request(BASE, null, true, null));
        assertEquals("today must be a date written YYYY-MM-DD, e.g. 2026-11-26, not 'tomorrow'", e.getMessage());
    }
}
