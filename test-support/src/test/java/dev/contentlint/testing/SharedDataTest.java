package dev.contentlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
    @TempDir
    Path dir;
    Path repository;
    Path module;

    @BeforeEach
    void layout() throws IOException {
        repository = Files.createDirectories(dir.resolve("clone"));
        Files.writeString(repository.resolve("pom.xml"), "<project><modules><module>rules</module></modules></project>");
        module = Files.createDirectories(repository.resolve("rules"));
        Files.writeString(module.resolve("pom.xml"), "<project><artifactId>rules</artifactId></project>");
    }

    @Test
    void theSharedFolderLiesBesideTheRootPomThatListsModules() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("shared/corpus"));
        assertEquals(repository, SharedData.repositoryRoot(module.resolve("src")).orElseThrow());
        assertEquals(corpus, SharedData.path("corpus", null, null, module));
        assertEquals(corpus, SharedData.path("corpus", " ", "false", repository));
    }

    @Test
    void thePropertyNamesAnotherFolder() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/conformance/act"));
        assertEquals(elsewhere, SharedData.path("conformance/act", dir.resolve("elsewhere").toString(), null, module));
    }

    @Test
    void aMissingFolderSkipsWithThePathAndTheProperty() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> SharedData.path("corpus", null, null, module));
        String expected = dir.resolve("shared/corpus").toString();
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("-Dcontentlint.shared=DIR"), e.getMessage());
    }

    @Test
    void underCiAMissingFolderFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> SharedData.path("corpus", null, "true", module));
        assertTrue(e.getMessage().contains(dir.resolve("shared/corpus").toString()) && e.getMessage().contains("CI=true"),
                e.getMessage());
        assertThrows(AssertionFailedError.class,
                () -> SharedData.path("corpus", dir.resolve("nowhere").toString(), "TRUE", module));
    }

    @Test
    void withoutARepositoryRootTheReasonSaysSo() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> SharedData.path("corpus", null, null, dir));
        assertTrue(e.getMessage().contains("no repository root"), e.getMessage());
    }
}
