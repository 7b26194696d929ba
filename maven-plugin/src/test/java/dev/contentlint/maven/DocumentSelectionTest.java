package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.DefaultFiles;
import dev.contentlint.core.engine.FileWalker;
import dev.contentlint.core.engine.SourceFile;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSelectionTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(RuleRegistry.load(getClass().getClassLoader()));

    @BeforeEach
    void project() throws IOException {
        for (String f : List.of("README.md", "docs/guide.md", "docs/page.html", "docs/old.htm", "docs/notes.txt",
                "docs/deep/more.markdown", "target/site/index.html", "node_modules/pkg/README.md",
                "module-a/docs/a.md", "src/main/java/App.java"))
            write(f, "# Title\n");
        Files.createDirectories(dir.resolve(".git"));
    }

    @Test
    void defaultsTakeMarkdownHtmlAndTextOutsideBuildOutputAndDependencies() {
        assertEquals(List.of("README.md", "docs/deep/more.markdown", "docs/guide.md", "docs/notes.txt", "docs/old.htm",
                "docs/page.html", "module-a/docs/a.md"), select(DefaultFiles.INCLUDE, DefaultFiles.EXCLUDE, builtin()));
    }

    @Test
    void thePluginSelectsWhatTheCommandLineWalks() {
        // The command line walks a folder with the config's files: settings; the plugin adds its own globs on top.
        List<String> walked = new FileWalker(builtin(), dir).walk(List.of(".")).stream()
                .map(SourceFile::relativePath).toList();
        assertEquals(walked, select(DefaultFiles.INCLUDE, DefaultFiles.EXCLUDE, builtin()));
        assertTrue(walked.contains("docs/notes.txt"), walked.toString());
    }

    @Test
    void pluginIncludesReplaceTheDefaults() {
        assertEquals(List.of("docs/guide.md", "docs/notes.txt"),
                select(List.of("docs/*.md", "docs/*.txt"), DefaultFiles.EXCLUDE, builtin()));
    }

    @Test
    void moduleFoldersAreLeftToTheModules() {
        List<String> excludes = new java.util.ArrayList<>(DefaultFiles.EXCLUDE);
        excludes.add("/module-a/");
        assertEquals(List.of("README.md", "docs/deep/more.markdown", "docs/guide.md", "docs/notes.txt", "docs/old.htm",
                "docs/page.html"), select(DefaultFiles.INCLUDE, excludes, builtin()));
    }

    @Test
    void aFileMustMatchTheConfigIncludeToo() throws IOException {
        write(".contentlint.yml", "files:\n  include: [\"docs/**\", \"README.md\"]\n  exclude: [\"README.md\"]\n");
        Config config = loader.discover(dir, java.util.Map.of());
        assertEquals(List.of("docs/deep/more.markdown", "docs/guide.md", "docs/notes.txt", "docs/old.htm", "docs/page.html"),
                select(DefaultFiles.INCLUDE, DefaultFiles.EXCLUDE, config));
        assertEquals(List.of("docs/notes.txt"), select(List.of("**/*.txt"), DefaultFiles.EXCLUDE, config));
    }

    @Test
    void configExcludeAppliesToPluginIncludesToo() throws IOException {
        write(".contentlint.yml", "files:\n  exclude: [\"docs/deep/**\"]\n");
        Config config = loader.discover(dir, java.util.Map.of());
        assertTrue(select(List.of("**/*.markdown", "**/*.md"), List.of(), config).stream()
                .noneMatch(p -> p.startsWith("docs/deep/")));
    }

    @Test
    void malformedGlobNamesTheParameter() {
        UsageException e = assertThrows(UsageException.class,
                () -> select(List.of("docs/[oops"), List.of(), builtin()));
        assertTrue(e.getMessage().startsWith("includes has an invalid glob 'docs/[oops'"), e.getMessage());
    }

    private Config builtin() {
        return loader.builtin(dir);
    }

    private List<String> select(List<String> includes, List<String> excludes, Config config) {
        return new DocumentSelection(dir, includes, excludes).select(config).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
