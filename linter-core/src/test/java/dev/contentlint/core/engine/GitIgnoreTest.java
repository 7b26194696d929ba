package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GitIgnoreTest {
    private static GitIgnore of(String text) {
        return GitIgnore.parse(Path.of("/repo"), text);
    }

    @Test
    void namesWithoutSlashMatchAtAnyDepth() {
        GitIgnore g = of("*.log\n");
        assertEquals(Boolean.TRUE, g.match("a.log", false));
        assertEquals(Boolean.TRUE, g.match("x/y/a.log", false));
        assertNull(g.match("a.md", false));
    }

    @Test
    void aSlashAnchorsThePatternToTheFolderOfTheFile() {
        GitIgnore g = of("/top.md\ndocs/gen\n");
        assertEquals(Boolean.TRUE, g.match("top.md", false));
        assertNull(g.match("sub/top.md", false));
        assertEquals(Boolean.TRUE, g.match("docs/gen", true));
        assertNull(g.match("x/docs/gen", true));
    }

    @Test
    void trailingSlashMatchesFoldersOnly() {
        GitIgnore g = of("build/\n");
        assertEquals(Boolean.TRUE, g.match("build", true));
        assertEquals(Boolean.TRUE, g.match("a/build", true));
        assertNull(g.match("build", false));
    }

    @Test
    void lastMatchWinsAndNegationReincludes() {
        GitIgnore g = of("*.html\n!keep.html\n");
        assertEquals(Boolean.TRUE, g.match("a.html", false));
        assertEquals(Boolean.FALSE, g.match("keep.html", false));
        assertEquals(Boolean.TRUE, of("!keep.html\n*.html\n").match("keep.html", false));
    }

    @Test
    void doubleStars() {
        GitIgnore g = of("**/gen/\nlogs/**\na/**/z.md\n");
        assertEquals(Boolean.TRUE, g.match("gen", true));
        assertEquals(Boolean.TRUE, g.match("x/y/gen", true));
        assertEquals(Boolean.TRUE, g.match("logs/deep/one.md", false));
        assertNull(g.match("logs", true));
        assertEquals(Boolean.TRUE, g.match("a/z.md", false));
        assertEquals(Boolean.TRUE, g.match("a/b/c/z.md", false));
    }

    @Test
    void commentsBlankLinesEscapesClassesAndTrailingSpaces() {
        GitIgnore g = of("# a comment\n\n\\#hash.md\n\\!bang.md\nfile[0-9].md\nspace.md   \nlit\\ \n");
        assertNull(g.match("# a comment", false));
        assertEquals(Boolean.TRUE, g.match("#hash.md", false));
        assertEquals(Boolean.TRUE, g.match("!bang.md", false));
        assertEquals(Boolean.TRUE, g.match("file7.md", false));
        assertNull(g.match("filex.md", false));
        assertEquals(Boolean.TRUE, g.match("space.md", false));
        assertEquals(Boolean.TRUE, g.match("lit ", false));
        assertEquals(Boolean.TRUE, of("a?.md\n").match("ab.md", false));
        assertNull(of("a?.md\n").match("a/.md", false));
    }
}
