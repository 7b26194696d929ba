package dev.contentlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.fix.FixOutcome;
import dev.contentlint.core.fix.Fixer;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixing in passes through the engine: what is applied, where, and how the files are written. */
class FixerTest {
    @TempDir Path root;

    /** Finds a pattern in prose and offers its replacement, of its rule's class. */
    abstract static class ReplacingRule implements Rule {
        private final Pattern pattern;
        private final String replacement;

        ReplacingRule(String regex, String replacement) {
            this.pattern = Pattern.compile(regex);
            this.replacement = replacement;
        }

        @Override
        public void check(Document document, RuleContext context) {
            for (ProseBlock b : document.prose()) {
                Matcher m = pattern.matcher(b.text());
                while (m.find()) {
                    var span = b.sourceSpan(m.start(), m.end());
                    context.report(span, "Replace '" + m.group() + "'",
                            List.of(new Fix(document.location(span), replacement, "Replace")), Map.of());
                }
            }
        }
    }

    @RuleInfo(id = "test/colour", summary = "colour to color", category = Category.STYLE, fixes = FixSafety.SAFE)
    static final class ColourRule extends ReplacingRule {
        ColourRule() { super("colour", "color"); }
    }

    /** A doubled word: overlapping matches in "very very very" need a second pass. */
    @RuleInfo(id = "test/doubled", summary = "doubled word", category = Category.STYLE, fixes = FixSafety.SAFE)
    static final class DoubledRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            for (ProseBlock b : document.prose()) {
                for (int i = b.text().indexOf("very very"); i >= 0; i = b.text().indexOf("very very", i + 1)) {
                    var span = b.sourceSpan(i, i + 9);
                    context.report(span, "Doubled", List.of(new Fix(document.location(span), "very", "Remove")), Map.of());
                }
            }
        }
    }

    @RuleInfo(id = "test/guess", summary = "a guess", category = Category.GRAMMAR, fixes = FixSafety.UNSAFE)
    static final class GuessRule extends ReplacingRule {
        GuessRule() { super("teh", "the"); }
    }

    @RuleInfo(id = "test/hint", summary = "a hint", category = Category.STYLE)
    static final class HintRule extends ReplacingRule {
        HintRule() { super("utilise", "use"); }
    }

    /** Never settles: every pass turns ping into pong and pong into ping. */
    @RuleInfo(id = "test/flip", summary = "flips", category = Category.STYLE, fixes = FixSafety.SAFE)
    static final class FlipRule implements Rule {
        @Override
        public void check(Document document, RuleContext context) {
            for (ProseBlock b : document.prose()) {
                Matcher m = Pattern.compile("ping|pong").matcher(b.text());
                while (m.find()) {
                    var span = b.sourceSpan(m.start(), m.end());
                    String to = m.group().equals("ping") ? "pong" : "ping";
                    context.report(span, "Flip", List.of(new Fix(document.location(span), to, "Flip")), Map.of());
                }
            }
        }
    }

    private Engine engine(Rule... rules) {
        TestConfig config = new TestConfig(root);
        for (Rule r : rules) config.rule(r);
        return new Engine(config, TestRules.registry(rules), EngineOptions.defaults(root).withJobs(1), List.of());
    }

    private FixOutcome fix(boolean unsafe, Rule... rules) {
        return new Fixer(engine(rules), root, unsafe).fix(List.of(Input.of(root)));
    }

    private Path write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void fixesProseOnlyAndKeepsLineEndings() throws IOException {
        Path page = write("page.md", "---\ntitle: colour\n---\n\nThe colour of `colour` is\r\nvery very very "
                + "[colour](https://colour.example/colour) <!-- colour -->\n\n```\ncolour\n```\n");
        FixOutcome o = fix(false, new ColourRule(), new DoubledRule());
        o.write();
        assertEquals("---\ntitle: colour\n---\n\nThe color of `colour` is\r\nvery "
                + "[color](https://colour.example/colour) <!-- colour -->\n\n```\ncolour\n```\n", Files.readString(page));
        assertEquals(1, o.files().size());
        assertEquals(4, o.fixes(), "two colours, then the doubled word twice over two passes");
        assertEquals(2, o.passes());
        assertEquals(List.of(), o.unconverged());
        FixOutcome again = fix(false, new ColourRule(), new DoubledRule());
        assertEquals(List.of(), again.files(), "fixing the fixed text changes nothing");
        assertEquals(0, again.passes());
    }

    @Test
    void unsafeFixesOnlyWhenAskedAndSuggestionsNever() throws IOException {
        Path page = write("page.md", "Do not utilise teh tool.\n");
        assertEquals("Do not utilise teh tool.\n", only(fix(false, new GuessRule(), new HintRule())));
        assertEquals("Do not utilise the tool.\n", only(fix(true, new GuessRule(), new HintRule())));
        assertEquals("Do not utilise teh tool.\n", Files.readString(page), "nothing is written until write()");
    }

    private static String only(FixOutcome o) {
        return o.files().isEmpty() ? "Do not utilise teh tool.\n" : o.files().get(0).after();
    }

    @Test
    void keepsByteOrderMarkEncodingAndMode() throws IOException {
        Path utf8 = root.resolve("bom.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(utf8, concat(bom, "Café colour\n".getBytes(StandardCharsets.UTF_8)));
        Path utf16 = root.resolve("wide.txt");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "colour\n".getBytes(StandardCharsets.UTF_16LE)));
        boolean posix = Files.getFileStore(root).supportsFileAttributeView("posix");
        if (posix) Files.setPosixFilePermissions(utf8, PosixFilePermissions.fromString("rwxr-x---"));
        fix(false, new ColourRule()).write();
        assertArrayEquals(concat(bom, "Café color\n".getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(utf8));
        assertArrayEquals(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "color\n".getBytes(StandardCharsets.UTF_16LE)),
                Files.readAllBytes(utf16));
        if (posix) assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(utf8)));
    }

    @Test
    void leavesUnchangedAndUndecodableFilesAlone() throws IOException {
        Path clean = write("clean.md", "Nothing to fix.\n");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(clean, before);
        Path broken = root.resolve("broken.md");
        byte[] bad = concat("colour ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '\n'});
        Files.write(broken, bad);
        FixOutcome o = fix(false, new ColourRule());
        o.write();
        assertEquals(List.of(), o.files(), "invalid UTF-8 would not be written back as it was read");
        assertArrayEquals(bad, Files.readAllBytes(broken));
        assertEquals(before, Files.getLastModifiedTime(clean));
    }

    @Test
    void writesBackInTheDeclaredCharsetAndSkipsFixesItCannotHold() throws IOException {
        java.nio.charset.Charset latin1 = StandardCharsets.ISO_8859_1;
        Path page = root.resolve("latin.md");
        Files.write(page, "Café colour\n".getBytes(latin1));
        Path quote = root.resolve("quote.md");
        Files.write(quote, "Café ping\n".getBytes(latin1));
        TestConfig config = new TestConfig(root);
        Rule colour = new ColourRule();
        Rule euro = new EuroRule();
        config.rule(colour);
        config.rule(euro);
        Engine engine = new Engine(config, TestRules.registry(colour, euro),
                EngineOptions.defaults(root).withJobs(1).withEncoding(latin1), List.of());
        FixOutcome o = new Fixer(engine, root, false).fix(List.of(Input.of(root)));
        o.write();
        assertArrayEquals("Café color\n".getBytes(latin1), Files.readAllBytes(page));
        assertArrayEquals("Café ping\n".getBytes(latin1), Files.readAllBytes(quote), "ISO-8859-1 has no euro sign");
        assertEquals(List.of("latin.md"), o.files().stream().map(FixOutcome.FixedFile::path).toList());
    }

    /** Replaces "ping" with a euro sign, which ISO-8859-1 cannot write. */
    @RuleInfo(id = "test/euro", summary = "ping to euro", category = Category.STYLE, fixes = FixSafety.SAFE)
    static final class EuroRule extends ReplacingRule {
        EuroRule() { super("ping", "\u20AC"); }
    }

    @Test
    void givesUpAfterTenPassesAndSaysWhere() throws IOException {
        write("loop.md", "ping\n");
        FixOutcome o = fix(false, new FlipRule());
        assertEquals(Fixer.MAX_PASSES, o.passes());
        assertEquals(List.of("loop.md"), o.unconverged());
    }

    @Test
    void diffShowsTheChangeAndWritesNothing() throws IOException {
        Path page = write("docs/page.md", "one\ntwo\nthree\nfour\nfive\nsix\nseven colour\neight\n");
        FixOutcome o = fix(false, new ColourRule());
        assertEquals("--- a/docs/page.md\n+++ b/docs/page.md\n@@ -4,5 +4,5 @@\n four\n five\n six\n-seven colour\n"
                + "+seven color\n eight\n", o.diff());
        assertTrue(Files.readString(page).contains("colour"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
