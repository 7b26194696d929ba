package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.rule.Finding;
import dev.contentlint.testing.RuleTester;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LanguageTool daemon, served on a thread of the test JVM: runs send their checks there and get the same
 * findings as in their own process; it refuses clients without its token, stops when asked or when idle, and a
 * run that cannot reach it checks in its own process after one warning.
 */
@Tag("slow")
class LanguageToolDaemonTest {
    private static final RuleTester GRAMMAR = RuleTester.forRule("grammar/languagetool");
    private static final String PAGE = "# Title\n\nThis is an test of `the the` tool.\n\n- It are wrong here.\n";

    @TempDir
    Path root;

    @AfterEach
    void inProcessAgain() {
        LanguageToolDaemon.use(null, null, null);
    }

    private Thread serve(Path folder, Duration idle) throws Exception {
        Thread t = new Thread(() -> {
            try {
                LanguageToolDaemon.serve(folder, idle, message -> { });
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, "test-daemon");
        t.setDaemon(true);
        t.start();
        for (int i = 0; i < 100 && !Files.exists(folder.resolve("daemon.properties")); i++) Thread.sleep(50);
        assertTrue(Files.exists(folder.resolve("daemon.properties")), "the daemon wrote its state");
        return t;
    }

    private static long checks(Path folder) {
        String status = LanguageToolDaemon.status(folder);
        assertNotNull(status, "the daemon answers");
        Matcher m = Pattern.compile("(\\d+) checks").matcher(status);
        assertTrue(m.find(), status);
        return Long.parseLong(m.group(1));
    }

    private static List<String> shown(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings)
            out.add(f.location().line() + ":" + f.location().column() + " " + f.message() + " " + f.fixes());
        return out;
    }

    @Test
    void runsCheckInTheDaemonAndGetTheFindingsTheyWouldGetHere() throws Exception {
        List<String> here = shown(GRAMMAR.lint("page.md", PAGE, Map.of()));
        assertEquals(2, here.size(), here.toString());

        Path folder = LanguageToolDaemon.folder(root);
        Thread daemon = serve(folder, Duration.ofMinutes(5));
        List<String> warnings = new ArrayList<>();
        LanguageToolDaemon.use(root, Duration.ofMinutes(5), warnings::add);
        assertEquals(0, checks(folder));
        assertEquals(here, shown(GRAMMAR.lint("page.md", PAGE, Map.of())));
        assertTrue(checks(folder) >= 2, "both prose blocks went to the daemon");
        assertEquals(List.of(), warnings);

        assertTrue(LanguageToolDaemon.stop(folder));
        daemon.join(10_000);
        assertFalse(daemon.isAlive(), "stopped");
        assertFalse(Files.exists(folder.resolve("daemon.properties")), "its state file is removed");
        assertNull(LanguageToolDaemon.status(folder));
        assertFalse(LanguageToolDaemon.stop(folder), "nothing left to stop");
    }

    @Test
    void aClientWithoutTheTokenIsRefused() throws Exception {
        Path folder = root.resolve("d");
        serve(folder, Duration.ofMinutes(5));
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("daemon.properties"))) {
            p.load(in);
        }
        assertEquals(48, p.getProperty("token").length());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(p.getProperty("port")))) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeInt(0x434c4431);
            out.writeByte(1);
            byte[] wrong = "not-the-token".getBytes(StandardCharsets.UTF_8);
            out.writeInt(wrong.length);
            out.write(wrong);
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            assertEquals(1, in.readByte(), "refused");
            assertEquals(-1, in.read(), "and disconnected");
        }
        assertTrue(LanguageToolDaemon.stop(folder));
    }

    @Test
    void anIdleDaemonExitsAndSoDoesOneWhoseStateFileIsDeleted() throws Exception {
        Path idle = root.resolve("idle");
        Thread t = serve(idle, Duration.ofSeconds(1));
        t.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(t.isAlive(), "exited after its idle time");
        assertFalse(Files.exists(idle.resolve("daemon.properties")));

        Path orphan = root.resolve("orphan");
        Thread o = serve(orphan, Duration.ofMinutes(5));
        Files.delete(orphan.resolve("daemon.properties"));
        o.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(o.isAlive(), "exited when its state file went");
    }

    @Test
    void whenNoDaemonCanBeStartedTheRunChecksHereAfterOneWarning() throws Exception {
        Path notAFolder = Files.writeString(root.resolve("file"), "in the way");
        List<String> warnings = new ArrayList<>();
        LanguageToolDaemon.use(notAFolder, Duration.ofMinutes(5), warnings::add);
        List<Finding> findings = GRAMMAR.lint("page.md", PAGE, Map.of());
        assertEquals(2, findings.size(), findings.toString());
        GRAMMAR.lint("again.md", PAGE, Map.of());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("checking grammar and spelling in this process instead"), warnings.get(0));
    }
}
