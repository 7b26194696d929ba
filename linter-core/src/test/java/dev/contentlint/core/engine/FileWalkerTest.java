package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {
    @TempDir Path root;

    private void touch(String... relatives) throws IOException {
        for (String r : relatives) write(r, "text\n");
    }

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private List<String> walk(TestConfig config, String... args) {
        return walkFrom(root, config, args);
    }

    private static List<String> walkFrom(Path base, TestConfig config, String... args) {
        return new FileWalker(config, base).walk(List.of(args)).stream().map(SourceFile::relativePath).toList();
    }

    @Test
    void directoryWalkKeepsKnownFormatsThatMatchIncludeAndNotExclude() throws IOException {
        touch("docs/a.md", "docs/b.html", "docs/c.txt", "docs/d.png", "docs/e.markdown", "docs/drafts/f.md",
                "notes/g.md", "docs/deep/h.htm");
        TestConfig config = new TestConfig(root).include("docs/**").exclude("docs/drafts/**");
        assertEquals(List.of("docs/a.md", "docs/b.html", "docs/c.txt", "docs/deep/h.htm", "docs/e.markdown"),
                walk(config, "."));
        assertEquals(List.of("docs/a.md", "docs/b.html", "docs/c.txt", "docs/deep/h.htm", "docs/e.markdown"),
                walk(config, "docs"));
    }

    @Test
    void emptyIncludeMeansEveryFileWithAFormat() throws IOException {
        touch("a.md", "b.png", "sub/c.txt");
        assertEquals(List.of("a.md", "sub/c.txt"), walk(new TestConfig(root), "."));
    }

    @Test
    void includeIsMatchedRelativeToTheConfigFolderEvenWhenWalkingFromElsewhere() throws IOException {
        touch("docs/a.md", "docs/b.md", "other/c.md");
        TestConfig config = new TestConfig(root).include("docs/a.md", "other/**");
        // Run from inside docs/: findings are relative to docs/, but the config's globs still see docs/a.md.
        assertEquals(List.of("a.md"), walkFrom(root.resolve("docs"), config, "."));
    }

    @Test
    void namedFileIsLintedWhateverIncludeAndExcludeSayAndUnknownExtensionsAreText() throws IOException {
        touch("docs/a.md", "README", "notes.rst");
        TestConfig config = new TestConfig(root).include("nothing/**").exclude("docs/**");
        List<SourceFile> files = new FileWalker(config, root).walk(List.of("docs/a.md", "README"));
        assertEquals(List.of("README", "docs/a.md"), files.stream().map(SourceFile::relativePath).toList());
        assertEquals(Format.TEXT, files.get(0).format());
        assertEquals(Format.MARKDOWN, files.get(1).format());
    }

    @Test
    void gitignoreWithCommentsNegationAnchoringDirectoryOnlyAndNestedFiles() throws IOException {
        touch("a.md", "top.md", "sub/top.md", "x.html", "keep.html", "build/b.md", "sub/y.html", "sub/z.md",
                "notes.md", "sub2/notes.md/inner.md", "sub/deeper/w.html");
        write(".gitignore", "# generated pages\n\n*.html\n!keep.html\nbuild/\n/top.md\nnotes.md/\n");
        write("sub/.gitignore", "z.md\n!y.html\n");
        assertEquals(List.of("a.md", "keep.html", "notes.md", "sub/top.md", "sub/y.html"), walk(new TestConfig(root), "."));
    }

    @Test
    void gitignoreDoubleStarPatterns() throws IOException {
        touch("a/gen/x.md", "a/b/gen/y.md", "gen/z.md", "a/keep.md", "logs/deep/one.md", "logs/two.md");
        write(".gitignore", "**/gen/\nlogs/**\n");
        assertEquals(List.of("a/keep.md"), walk(new TestConfig(root), "."));
    }

    @Test
    void gitignoreOfTheEnclosingRepositoryAppliesWhenWalkingASubfolder() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write(".gitignore", "generated/\n");
        touch("docs/a.md", "docs/generated/b.md");
        assertEquals(List.of("docs/a.md"), walk(new TestConfig(root), "docs"));
    }

    @Test
    void hiddenFoldersAreSkippedUnlessNamed() throws IOException {
        touch("a.md", ".hidden/b.md", "sub/.cache/c.md", ".github/d.md");
        assertEquals(List.of("a.md"), walk(new TestConfig(root), "."));
        assertEquals(List.of(".github/d.md"), walk(new TestConfig(root), ".github"));
    }

    @Test
    void symbolicLinkLoopsAreWalkedOnceAndLinkedFoldersAreFollowed() throws IOException {
        touch("docs/a.md", "elsewhere/b.md");
        Files.createSymbolicLink(root.resolve("docs/loop"), root.resolve("docs"));
        Files.createSymbolicLink(root.resolve("docs/linked"), root.resolve("elsewhere"));
        assertEquals(List.of("docs/a.md", "docs/linked/b.md"), walk(new TestConfig(root), "docs"));
    }

    @Test
    void missingPathIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> walk(new TestConfig(root), "docs/missing.md"));
        assertEquals("No such file or directory: docs/missing.md", e.getMessage());
    }

    @Test
    void globArgumentsMatchFromTheirLiteralFolder() throws IOException {
        touch("docs/a.md", "docs/b.txt", "docs/sub/c.md", "docs/sub/d.html", "e.md", "docs/drafts/f.md");
        TestConfig config = new TestConfig(root).exclude("**/drafts/**");
        assertEquals(List.of("docs/a.md"), walk(config, "docs/*.md"));
        assertEquals(List.of("docs/a.md", "docs/sub/c.md"), walk(config, "docs/**/*.md"));
        assertEquals(List.of("docs/a.md", "docs/sub/c.md", "e.md"), walk(config, "**/*.md"));
        assertEquals(List.of("e.md"), walk(config, "*.md"));
        assertEquals(List.of("docs/sub/c.md", "docs/sub/d.html"), walk(config, "docs/sub/*.{md,html}"));
        assertEquals(List.of("docs/a.md"), walk(config, root.resolve("docs").toString() + "/*.md"));
        assertEquals(List.of("docs/a.md", "docs/b.txt"), walk(config, "docs/*"));
        assertEquals(List.of("docs/sub/c.md", "docs/sub/d.html"), walk(config, "docs/*/*"));
    }

    @Test
    void globMatchingNothingIsAnInputError() throws IOException {
        touch("docs/a.md");
        InputException e = assertThrows(InputException.class, () -> walk(new TestConfig(root), "docs/*.html"));
        assertTrue(e.getMessage().startsWith("No files match 'docs/*.html'"), e.getMessage());
        assertThrows(InputException.class, () -> walk(new TestConfig(root), "nowhere/**/*.md"));
        InputException bad = assertThrows(InputException.class, () -> walk(new TestConfig(root), "docs/[ab.md"));
        assertTrue(bad.getMessage().startsWith("Invalid glob 'docs/[ab.md': unclosed '['"), bad.getMessage());
    }

    @Test
    void aFileReachedTwiceIsLintedOnce() throws IOException {
        touch("docs/a.md", "docs/b.md");
        Files.createSymbolicLink(root.resolve("alias.md"), root.resolve("docs/a.md"));
        assertEquals(List.of("docs/a.md", "docs/b.md"),
                walk(new TestConfig(root), "docs", "docs/a.md", "docs/../docs/a.md", "docs/*.md", "alias.md"));
    }

    @Test
    void filesOutsideTheBaseFolderKeepDotDotPaths() throws IOException {
        touch("a.md", "sub/b.md");
        assertEquals(List.of("../a.md", "b.md"), walkFrom(root.resolve("sub"), new TestConfig(root), "../a.md", "."));
    }
}
