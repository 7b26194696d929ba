package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, as a careless or hostile user gives it: every case ends with its exit code, a valid JSON document on
 * standard output with {@code --format json} (the report, or the error object of an exit 2), the finding it
 * promises, no internal error and no stack trace on standard error.
 */
class BadInputMatrixTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * One case: files to create (name, bytes), the arguments after {@code check --format json}, the exit code,
     * and the rule id a finding must have (null: no finding required), or for exit 2 the error kind.
     */
    record Case(String name, List<FileSpec> files, List<String> args, int exit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    record FileSpec(String path, byte[] content) {}

    private static FileSpec file(String path, String text) {
        return new FileSpec(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static FileSpec file(String path, byte[] bytes) {
        return new FileSpec(path, bytes);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static Stream<Case> cases() {
        String body = "# Title\n\nSome text.\n";
        byte[] utf16le = concat(bytes(0xFF, 0xFE), body.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(bytes(0xFE, 0xFF), body.getBytes(StandardCharsets.UTF_16BE));
        return Stream.of(
                new Case("binary file", List.of(file("image.md", bytes(0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3))),
                        List.of("image.md"), 0, "contentlint/binary-file"),
                new Case("UTF-8 BOM", List.of(file("bom.md", concat(bytes(0xEF, 0xBB, 0xBF), body.getBytes(StandardCharsets.UTF_8)))),
                        List.of("bom.md"), 0, null),
                new Case("UTF-16LE with BOM", List.of(file("le.md", utf16le)), List.of("le.md"), 0, null),
                new Case("UTF-16BE with BOM", List.of(file("be.md", utf16be)), List.of("be.md"), 0, null),
                new Case("invalid UTF-8", List.of(file("latin1.md", concat(body.getBytes(StandardCharsets.UTF_8),
                        "Caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1)))), List.of("latin1.md"), 0, "contentlint/encoding"),
                new Case("empty file", List.of(file("empty.md", new byte[0])), List.of("empty.md"), 0, null),
                new Case("control characters", List.of(file("ctl.txt", "a\u0007b\u001b[31mred\u001b[0m\u0000\n")),
                        List.of("ctl.txt"), 0, null),
                new Case("odd file names", List.of(file("sp ace \u00e9\u4e2d.md", body), file("-dash.md", body),
                        file("=HYPERLINK(1).md", body), file("quote\"'.html", "<p>x</p>")), List.of("."), 0, null),
                new Case("deep block quotes", List.of(file("deep.md", ">".repeat(20_000) + " x\n")), List.of("deep.md"), 1, "contentlint/parse-error"),
                new Case("deep HTML nesting", List.of(file("deep.html", "<div>".repeat(20_000) + "x")), List.of("deep.html"), 0, null),
                new Case("table with an invalid UTF-8 delimiter row, then a label of backslashes", List.of(file("labels.md",
                        concat("# T\n\n| a | b |\n|--".getBytes(StandardCharsets.UTF_8), concat(bytes(0xE9, '|', 0xFF, '|'),
                                ("\n| x | y |\n\n- [ " + "\\".repeat(111) + "] task\n").getBytes(StandardCharsets.UTF_8))))),
                        List.of("labels.md"), 0, "contentlint/encoding"),
                new Case("unclosed everything", List.of(file("open.html", "<b><i><span><p>".repeat(500))), List.of("open.html"), 0, null),
                new Case("YAML alias bomb in front matter", List.of(file("bomb.md", "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
                        + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n" + body)),
                        List.of("bomb.md"), 0, null),
                new Case("!!java tag in front matter", List.of(file("tag.md", "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://127.0.0.1/\"]]\n---\n" + body)),
                        List.of("tag.md"), 1, "contentlint/front-matter"),
                new Case("invalid front matter", List.of(file("fm.md", "---\nkey: [unclosed\n---\n" + body)),
                        List.of("fm.md"), 1, "contentlint/front-matter"),
                new Case("folder named like a file", List.of(file("dir.md/inner.txt", "x\n")), List.of("dir.md/inner.txt", "dir.md"), 0, null),
                new Case("config that is not YAML", List.of(file(".contentlint.yml", "rules: [unclosed\n"), file("a.md", body)),
                        List.of("a.md"), 2, "config"),
                new Case("config extending a non-config file", List.of(file("passwd", "root:x:0:0:root:/root:/bin/bash\n".repeat(50)),
                        file(".contentlint.yml", "extends: passwd\n"), file("a.md", body)), List.of("a.md"), 2, "config"),
                new Case("config with a hanging glossary pattern", List.of(file("glossary.yml", "terms:\n  - term: widget\n"),
                        file(".contentlint.yml", "root: true\nglossary: [glossary.yml]\nrules:\n  glossary/undefined-term:"
                                + " {severity: warning, patterns: ['(?<term>(.*a){12}x)']}\n"),
                        file("a.md", "# T\n\nwidget text.\n\n" + "a".repeat(30) + "!\n")), List.of("a.md"), 0, null),
                new Case("missing path", List.of(), List.of("nope.md"), 2, "input"),
                new Case("glob matching nothing", List.of(file("a.md", body)), List.of("*.html"), 2, "input"),
                new Case("unknown flag", List.of(file("a.md", body)), List.of("--no-such-flag", "a.md"), 2, "usage"));
    }

    @BeforeEach
    void gitRoot() throws IOException {
        // Config discovery stops at a folder holding .git, so nothing above the temp folder leaks in.
        Files.createDirectories(dir.resolve(".git"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachCaseHasItsExitCodeValidJsonAndNoStackTrace(Case c) throws IOException {
        for (FileSpec f : c.files()) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.write(p, f.content());
        }
        check(c, run(c.args()));
    }

    /** A named pipe blocks whoever opens it for reading; it is reported without being opened. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pipe")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeIsAnUnreadableFinding(Case c) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.md").toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed in " + dir);
        check(c, run(c.args()));
    }

    static Stream<Case> pipe() {
        return Stream.of(new Case("named pipe", List.of(), List.of("pipe.md"), 1, "contentlint/unreadable"));
    }

    private Cli.Result run(List<String> args) {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--no-color"));
        all.addAll(args);
        return new Cli(dir).run(all.toArray(String[]::new));
    }

    private void check(Case c, Cli.Result r) throws IOException {
        assertEquals(c.exit(), r.code(), r.toString());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), "stack trace on stderr:\n" + r);
        JsonNode root = json.readTree(r.out());
        assertNotNull(root, "nothing on stdout:\n" + r);
        assertEquals(1, root.get("version").asInt(), r.toString());
        if (c.exit() == 2) {
            JsonNode error = root.get("error");
            assertNotNull(error, "no error object:\n" + r);
            assertEquals(c.expected(), error.get("kind").asText(), r.toString());
            assertTrue(r.err().contains(error.get("message").asText()), "stderr and the JSON say the same:\n" + r);
            return;
        }
        List<String> rules = new ArrayList<>();
        root.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertFalse(rules.contains("contentlint/internal-error"), r.toString());
        if (c.expected() != null) assertTrue(rules.contains(c.expected()), c.expected() + " expected:\n" + r);
        assertTrue(root.get("summary").get("files").asInt() > 0, r.toString());
    }
}
