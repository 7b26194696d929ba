package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.DefaultFiles;
import dev.contentlint.core.frontend.UsageException;
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
        LintRequest r = new LintParameters(null, null, null, null).request(BASE, null, true, null, null);
        assertEquals(DefaultFiles.INCLUDE, r.includes());
        assertEquals(DefaultFiles.EXCLUDE, r.excludes());
        assertTrue(r.includes().contains("**/*.txt"), r.includes().toString());
        assertNull(r.configLocation());
        assertNull(r.today());
    }

    @Test
    void givenGlobsReplaceTheDefaults() {
        LintRequest r = new LintParameters(" docs/**/*.md , ", "docs/drafts/**", null, null).request(BASE, null, true, null, null);
        assertEquals(List.of("docs/**/*.md"), r.includes());
        assertEquals(List.of("docs/drafts/**"), r.excludes());
    }

    @Test
    void blankIncludesFallBackToTheDefaults() {
        assertEquals(DefaultFiles.INCLUDE, new LintParameters(" , ", null, null, null).request(BASE, null, true, null, null).includes());
    }

    @Test
    void moduleFoldersJoinTheExcludesWhenModulesLintThemselves() {
        Model model = new Model();
        model.setModules(List.of("module-a"));
        MavenProject project = new MavenProject(model);
        List<String> expected = new ArrayList<>(DefaultFiles.EXCLUDE);
        expected.add("/module-a/");
        assertEquals(expected, new LintParameters(null, null, null, null).request(BASE, project, true, null, null).excludes());
        assertEquals(DefaultFiles.EXCLUDE, new LintParameters(null, null, null, null).request(BASE, project, false, null, null).excludes());
    }

    @Test
    void configLocationTodayAndCacheAreCarriedOver() {
        LintRequest r = new LintParameters(null, null, "/projects/site/conf/../lint.yml", "2026-11-26")
                .request(BASE, null, true, BASE.resolve("target/contentlint/cache"), null);
        assertEquals(new ConfigLocation.File(Path.of("/projects/site/lint.yml")), r.configLocation());
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, r.encoding());
        assertEquals(LocalDate.of(2026, 11, 26), r.today());
        assertEquals(BASE.resolve("target/contentlint/cache"), r.cacheDirectory());
    }

    @Test
    void aBadDateNamesTheParameter() {
        UsageException e = assertThrows(UsageException.class,
                () -> new LintParameters(null, null, null, "tomorrow").request(BASE, null, true, null, null));
        assertEquals("today must be a date written YYYY-MM-DD, e.g. 2026-11-26, not 'tomorrow'", e.getMessage());
    }

    @Test
    void testResourcesAreLeftOutByDefaultAndResourcesOnlyWhenAsked() {
        Model model = new Model();
        model.setBuild(new org.apache.maven.model.Build());
        org.apache.maven.model.Resource main = new org.apache.maven.model.Resource();
        main.setDirectory("/projects/site/src/main/resources");
        org.apache.maven.model.Resource test = new org.apache.maven.model.Resource();
        test.setDirectory("/projects/site/src/test/resources");
        org.apache.maven.model.Resource outside = new org.apache.maven.model.Resource();
        outside.setDirectory("/elsewhere/fixtures");
        model.getBuild().setResources(List.of(main));
        model.getBuild().setTestResources(List.of(test, outside));
        MavenProject project = new MavenProject(model);
        project.setFile(new java.io.File("/projects/site/pom.xml"));

        List<String> byDefault = new LintParameters(null, null, null, null).request(BASE, project, true, null, null).excludes();
        assertEquals(List.of("/src/test/resources/"), byDefault.subList(DefaultFiles.EXCLUDE.size(), byDefault.size()));
        List<String> neither = new LintParameters(null, null, null, null, null, false, false)
                .request(BASE, project, true, null, null).excludes();
        assertEquals(List.of("/src/main/resources/", "/src/test/resources/"),
                neither.subList(DefaultFiles.EXCLUDE.size(), neither.size()));
        assertEquals(DefaultFiles.EXCLUDE, new LintParameters(null, null, null, null, null, true, true)
                .request(BASE, project, true, null, null).excludes());
    }

    @Test
    void encodingNamesACharsetOrTheParameter() {
        assertEquals(java.nio.charset.StandardCharsets.ISO_8859_1, new LintParameters(null, null, null, null, "iso-8859-1",
                true, false).request(BASE, null, true, null, null).encoding());
        UsageException e = assertThrows(UsageException.class, () -> new LintParameters(null, null, null, null, "latin-9000",
                true, false).request(BASE, null, true, null, null));
        assertEquals("encoding must name a charset, such as UTF-8, ISO-8859-1 or windows-1252, not 'latin-9000'",
                e.getMessage());
    }
}
