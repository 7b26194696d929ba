package dev.contentlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {
    private static void matches(String glob, String... paths) {
        Glob g = Glob.compile(glob);
        for (String p : paths) assertTrue(g.matches(p), glob + " should match " + p);
    }

    private static void rejects(String glob, String... paths) {
        Glob g = Glob.compile(glob);
        for (String p : paths) assertFalse(g.matches(p), glob + " should not match " + p);
    }

    @Test
    void doubleStarSlashPrefixMatchesAtAnyDepth() {
        matches("**/*.md", "a.md", "docs/a.md", "docs/deep/er/a.md", "./docs/a.md");
        rejects("**/*.md", "a.markdown", "a.md.txt", "docs/a.mdx");
    }

    @Test
    void patternWithoutSlashMatchesTheNameAtAnyDepth() {
        matches("*.md", "a.md", "x/y/z.md", ".hidden.md");
        rejects("*.md", "a.html", "md");
        matches("README.md", "README.md", "docs/README.md");
        rejects("README.md", "docs/README.md.bak", "NOTREADME.md");
    }

    @Test
    void patternWithASlashIsAnchoredAtTheBase() {
        matches("docs/*.md", "docs/a.md");
        rejects("docs/*.md", "docs/x/a.md", "site/docs/a.md");
        matches("/docs/*.md", "docs/a.md");
        rejects("/docs/*.md", "x/docs/a.md");
        matches("./docs/*.md", "docs/a.md");
    }

    @Test
    void trailingDoubleStarMatchesEverythingBelow() {
        matches("docs/**", "docs/a.md", "docs/x/y/a.html");
        rejects("docs/**", "docs", "documents/a.md", "site/docs/a.md");
    }

    @Test
    void doubleStarInTheMiddleSpansZeroOrMoreFolders() {
        matches("docs/**/*.md", "docs/a.md", "docs/x/a.md", "docs/x/y/a.md");
        rejects("docs/**/*.md", "site/docs/a.md", "docs/a.html");
        matches("a/**/b", "a/b", "a/x/b", "a/x/y/b");
        rejects("a/**/b", "a/xb", "ab");
    }

    @Test
    void folderPatterns() {
        matches("**/node_modules/**", "node_modules/x/README.md", "a/b/node_modules/c.md");
        rejects("**/node_modules/**", "node_modules_old/a.md", "a/my_node_modules/b.md", "node_modules");
        matches("node_modules", "node_modules/a.md", "pkg/node_modules/a/b.md");
        rejects("node_modules", "node_modules.md");
        matches("vendor/", "vendor/a.md", "lib/vendor/b/c.md");
        rejects("vendor/", "vendor", "vendors/a.md");
        matches("docs/drafts", "docs/drafts/a.md", "docs/drafts");
        rejects("docs/drafts", "docs/drafts-old/a.md");
    }

    @Test
    void singleStarStaysInOneSegment() {
        matches("docs/*/index.md", "docs/a/index.md");
        rejects("docs/*/index.md", "docs/index.md", "docs/a/b/index.md");
        matches("a*b.md", "ab.md", "axxb.md");
        rejects("a*b.md", "a/b.md");
        // `**` inside a name is an ordinary star, as in gitignore.
        matches("docs/a**b.md", "docs/axyb.md");
        rejects("docs/a**b.md", "docs/a/x/b.md");
    }

    @Test
    void questionMarkIsOneCharacterButNotASlash() {
        matches("ch?.md", "ch1.md", "x/chA.md");
        rejects("ch?.md", "ch.md", "ch12.md");
        rejects("a?b", "a/b");
    }

    @Test
    void braceAlternatives() {
        matches("**/*.{md,markdown}", "a.md", "x/b.markdown");
        rejects("**/*.{md,markdown}", "a.mdx", "a.html", "a.{md,markdown}");
        matches("{docs,site}/**", "docs/a.md", "site/b/c.html");
        rejects("{docs,site}/**", "blog/a.md", "x/docs/a.md");
        matches("*.{htm{,l},txt}", "a.htm", "a.html", "a.txt");
        matches("a,b.md", "a,b.md");
    }

    @Test
    void characterClasses() {
        matches("[ab].md", "a.md", "b.md", "x/a.md");
        rejects("[ab].md", "c.md", "ab.md");
        matches("file[0-9].md", "file7.md");
        rejects("file[0-9].md", "filex.md");
        matches("[!ab].md", "c.md");
        rejects("[!ab].md", "a.md");
        matches("[^ab].md", "c.md");
        rejects("x[!a]y", "x/y");
        matches("[[]x].md", "[x].md");
        matches("[]a].md", "].md", "a.md");
        matches("a[&]b", "a&b");
        rejects("a[&]b", "a&&b");
    }

    @Test
    void escapes() {
        matches("\\*.md", "*.md");
        rejects("\\*.md", "a.md");
        matches("a\\{b\\}.md", "a{b}.md");
        matches("a+(b).md", "a+(b).md");
        rejects("a+(b).md", "aa(b).md");
    }

    @Test
    void malformedGlobsSayWhatIsWrong() {
        assertEquals("unclosed '[' in glob \"docs/[ab.md\"",
                assertThrows(IllegalArgumentException.class, () -> Glob.compile("docs/[ab.md")).getMessage());
        assertEquals("unclosed '{' in glob \"*.{md,txt\"",
                assertThrows(IllegalArgumentException.class, () -> Glob.compile("*.{md,txt")).getMessage());
        assertEquals("unmatched '}' in glob \"a}\"",
                assertThrows(IllegalArgumentException.class, () -> Glob.compile("a}")).getMessage());
        // As in shells, a `]` right after `[` is a member, so this class never closes.
        assertEquals("unclosed '[' in glob \"a[]b\"",
                assertThrows(IllegalArgumentException.class, () -> Glob.compile("a[]b")).getMessage());
        assertEquals("empty glob", assertThrows(IllegalArgumentException.class, () -> Glob.compile("")).getMessage());
    }

    @Test
    void isGlobAndToString() {
        for (String g : List.of("*.md", "docs/**", "a?.md", "[ab].md", "{a,b}.md")) assertTrue(Glob.isGlob(g), g);
        assertFalse(Glob.isGlob("docs/a.md"));
        assertEquals("docs/**", Glob.compile("docs/**").toString());
    }
}
