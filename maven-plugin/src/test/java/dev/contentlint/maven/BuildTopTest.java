package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class BuildTopTest {
    private static final Path REPO = Path.of("/ci/repo").toAbsolutePath();
    private static final Path GUIDE = REPO.resolve("guides/user-guide");

    @Test
    void theOutermostFolderThatHoldsTheModuleWins() {
        assertEquals(REPO, BuildTop.outermost(GUIDE, List.of(REPO.resolve("guides"), REPO, GUIDE)));
    }

    @Test
    void foldersBesideOrBelowTheModuleAreIgnored() {
        assertEquals(GUIDE, BuildTop.outermost(GUIDE, Arrays.asList(REPO.resolve("parent"), GUIDE.resolve("docs"),
                Path.of("/home/me/.m2/repository/org/acme/parent/1"), null)));
    }

    @Test
    void aProjectAloneIsItsOwnTop() {
        assertEquals(GUIDE, BuildTop.of(null, project(GUIDE, null)));
    }

    @Test
    void theParentsOnDiskLeadToTheTopWithoutASession() {
        // mvn -f guides/user-guide/pom.xml: Maven starts in the module, its parents still lie above it.
        MavenProject top = project(REPO, null);
        MavenProject guides = project(REPO.resolve("guides"), top);
        assertEquals(REPO, BuildTop.of(null, project(GUIDE, guides)));
    }

    @Test
    void aParentFromARepositoryIsNoTop() {
        MavenProject corporate = new MavenProject();
        corporate.setFile(new File("/home/me/.m2/repository/org/acme/parent/1/parent-1.pom"));
        assertEquals(GUIDE, BuildTop.of(null, project(GUIDE, corporate)));
    }

    private static MavenProject project(Path folder, MavenProject parent) {
        MavenProject p = new MavenProject();
        p.setFile(folder.resolve("pom.xml").toFile());
        if (parent != null) p.setParent(parent);
        return p;
    }
}
