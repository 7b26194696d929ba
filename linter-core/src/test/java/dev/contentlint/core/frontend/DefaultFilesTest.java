package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.DefaultFiles;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.engine.FileWalker;
import dev.contentlint.core.engine.SourceFile;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultFilesTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(new RuleRegistry(List.of()));

    @Test
    void theDefaultIncludeIsExactlyTheFormatsTheParsersRead() {
        // The walker takes a file only when a parser reads its extension; the defaults must not differ from that.
        for (String name : List.of("a.md", "a.markdown", "a.html", "a.htm", "a.txt", "a.rst", "a.java", "a.yml", "a.xml")) {
            boolean included = DefaultFiles.INCLUDE.stream().map(Glob::compile).anyMatch(g -> g.matches("docs/" + name));
            assertEquals(Format.ofFileName(name).isPresent(), included, name);
        }
    }

    @Test
    void aConfigThatSaysNothingUsesTheDefaults() {
        Config builtin = loader.builtin(dir);
        assertEquals(DefaultFiles.INCLUDE, builtin.include());
        assertEquals(DefaultFiles.EXCLUDE, builtin.exclude());
        assertEquals(DefaultFiles.INCLUDE, loader.load("language: de\n", dir.resolve(".contentlint.yml")).include());
    }

    @Test
    void aWalkWithTheDefaultsTakesTextAndLeavesBuildOutputAndDependencies() throws IOException {
        for (String f : List.of("README.md", "docs/notes.txt", "docs/page.htm", "target/site/index.html",
                "node_modules/pkg/README.md", "vendor/lib/NOTES.txt", "src/App.java"))
            write(f);
        List<String> walked = new FileWalker(loader.builtin(dir), dir).walk(List.of(".")).stream()
                .map(SourceFile::relativePath).toList();
        assertEquals(List.of("README.md", "docs/notes.txt", "docs/page.htm"), walked);
    }

    private void write(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# Title\n");
    }
}
