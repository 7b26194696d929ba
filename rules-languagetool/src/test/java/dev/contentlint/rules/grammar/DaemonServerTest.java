package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon served on a thread of the test JVM, without LanguageTool: it writes a state file only its owner
 * can read, answers clients that prove they hold its key, and stops when asked, when idle or when its state file
 * is deleted. {@link DaemonTrustTest} has the clients and listeners that do not prove themselves.
 */
class DaemonServerTest {
    @TempDir
    Path root;

    /** A running daemon of {@code folder} and the thread it serves on. */
    record Served(DaemonServer server, Thread thread) {}

    static Served serve(Path folder, Duration idle) throws Exception {
        return serve(folder, new DaemonServer(folder, idle, message -> { }));
    }

    /** Serves {@code server}, whose state folder is {@code folder}, on a thread of its own. */
    static Served serve(Path folder, DaemonServer server) throws Exception {
        Thread t = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "test-daemon");
        t.setDaemon(true);
        t.start();
        // The daemon starts on its own thread; waiting for its state file is waiting for it to listen.
        for (int i = 0; i < 200 && DaemonState.read(folder).isEmpty(); i++) Thread.sleep(50);
        assertTrue(DaemonState.read(folder).isPresent(), "the daemon wrote its state");
        return new Served(server, t);
    }

    @Test
    void itAnswersAClientThatProvesItHoldsTheKeyAndStopsWhenAsked() throws Exception {
        Path folder = DaemonState.folder(root);
        Served d = serve(folder, Duration.ofMinutes(5));
        Optional<String> status = DaemonClient.status(folder);
        assertTrue(status.isPresent(), "the daemon answers");
        assertTrue(status.get().matches("pid \\d+, up \\d+ s, 0 checks, 0 answered from memory, 0 paragraphs in memory, "
                        + "\\d+ LanguageTool instances loaded, 0 other connections"),
                status.get());

        assertTrue(DaemonClient.stop(folder));
        d.thread().join(10_000);
        assertFalse(d.thread().isAlive(), "stopped");
        assertFalse(Files.exists(DaemonState.file(folder)), "its state file is removed");
        assertEquals(Optional.empty(), DaemonClient.status(folder));
        assertFalse(DaemonClient.stop(folder), "nothing left to stop");
    }

    @Test
    void itsStateFolderAndFileAreItsOwnersOnlyAndHoldALongKey() throws Exception {
        Path folder = root.resolve("d");
        Served d = serve(folder, Duration.ofMinutes(5));
        DaemonState state = DaemonState.read(folder).orElseThrow();
        assertEquals(64, state.key().length());
        assertEquals(ProcessHandle.current().pid(), state.pid());
        assertFalse(state.toString().contains(state.key()), state.toString());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DaemonState.file(folder))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals(DaemonServer.SOCKET_NAME, state.socket(), "a Unix-domain socket where there are such");
            assertTrue(Files.exists(folder.resolve(DaemonServer.SOCKET_NAME)));
        }
        assertTrue(DaemonClient.stop(folder));
        d.thread().join(10_000);
        assertFalse(Files.exists(folder.resolve(DaemonServer.SOCKET_NAME)), "its socket is removed when it stops");
    }

    @Test
    void beforeAuthenticationItReadsNoFrameOverAFewKilobytes() throws Exception {
        Path folder = root.resolve("d");
        serve(folder, Duration.ofMinutes(5));
        DaemonState state = DaemonState.read(folder).orElseThrow();
        try (DaemonChannel c = DaemonChannel.connect(folder, state)) {
            DataOutputStream out = new DataOutputStream(c.out);
            out.writeInt(DaemonProtocol.MAX_UNAUTHENTICATED_FRAME + 1); // the length of a frame it must not take
            out.writeByte(DaemonProtocol.HELLO);
            out.flush();
            assertEquals(-1, (int) c.within(10_000, "the answer", c.in::read), "disconnected without an answer");
        }
        assertTrue(DaemonClient.stop(folder));
    }

    @Test
    void anIdleDaemonExitsAndSoDoesOneWhoseStateFileIsDeleted() throws Exception {
        Path idle = root.resolve("idle");
        Thread t = serve(idle, Duration.ofSeconds(1)).thread();
        t.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(t.isAlive(), "exited after its idle time");
        assertFalse(Files.exists(DaemonState.file(idle)));

        Path orphan = root.resolve("orphan");
        Thread o = serve(orphan, Duration.ofMinutes(5)).thread();
        Files.delete(DaemonState.file(orphan));
        o.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(o.isAlive(), "exited when its state file went");
    }

    @Test
    void aDaemonLeavesTheStateFileOfItsSuccessorAlone() throws Exception {
        Path folder = root.resolve("d");
        Served first = serve(folder, Duration.ofMinutes(5));
        DaemonState own = DaemonState.read(folder).orElseThrow();
        DaemonState successor = new DaemonState(own.pid(), "", 1, "f".repeat(64));
        successor.write(folder);
        try (DaemonConnection c = DaemonConnection.open(folder, own)) {
            c.stop();
        }
        first.thread().join(10_000);
        assertFalse(first.thread().isAlive(), "stopped");
        assertEquals(Optional.of(successor), DaemonState.read(folder), "the successor's state file stays");
    }

    @Test
    void aDaemonThatDoesNotAnswerIsStoppedThroughItsStateFile() throws Exception {
        Path folder = root.resolve("d");
        Served d = serve(folder, Duration.ofMinutes(5));
        DaemonState real = DaemonState.read(folder).orElseThrow();
        // What a client sees of a daemon whose key is not the one of the state file: it cannot prove itself.
        DaemonState unanswered = new DaemonState(real.pid(), real.socket(), real.port(), "0".repeat(64));
        unanswered.write(folder);
        DaemonTrustException e = assertThrows(DaemonTrustException.class, () -> DaemonClient.status(folder));
        assertTrue(e.getMessage().contains("did not prove it is your contentlint daemon"), e.getMessage());
        assertTrue(DaemonClient.stop(folder), "its process was alive");
        d.thread().join(10_000);
        assertFalse(d.thread().isAlive(), "it saw its state file go and exited");
        assertFalse(DaemonClient.stop(folder), "nothing left to stop");
    }
}
