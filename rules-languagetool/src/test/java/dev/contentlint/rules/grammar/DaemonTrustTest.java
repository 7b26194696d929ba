package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither side of the daemon trusts the other before it proved it holds the key of the state file: a client
 * refuses whatever listens on the endpoint of a dead daemon, sends it nothing but a nonce and says why; a daemon
 * refuses a client with a wrong proof, which does not count as use; state folders and files that are another
 * user's, or that others can write, are refused with a message that says what to change; and the daemon serves a
 * bounded number of connections, refusing the rest.
 */
class DaemonTrustTest {
    @TempDir
    Path root;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : cleanup) c.close();
    }

    private DaemonClient client() {
        return new DaemonClient(new DaemonOption(root, Duration.ofMinutes(5), warnings::add));
    }

    /** A checker that finds nothing, so no test here loads LanguageTool. */
    private static DaemonServer.Checker nothingFound() {
        return new DaemonServer.Checker() {
            @Override
            public LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings,
                                                     long budgetMillis) {
                return new LanguageToolService.Outcome(List.of(), false);
            }

            @Override
            public void close() {
            }
        };
    }

    private DaemonServerTest.Served serve(Path folder, DaemonServer.Transport transport) throws Exception {
        DaemonServer server = new DaemonServer(folder, Duration.ofMinutes(5), message -> { },
                DaemonTrustTest::nothingFound, RecentResults.DEFAULT_MAX_BYTES, transport);
        DaemonServerTest.Served served = DaemonServerTest.serve(folder, server);
        cleanup.add(() -> {
            try {
                DaemonClient.stop(folder);
            } catch (DaemonTrustException e) {
                Files.deleteIfExists(DaemonState.file(folder)); // it exits when its state file is gone
            }
            served.thread().join(10_000);
        });
        return served;
    }

    /** The process id of a process that has exited. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.pid();
    }

    /** What an impostor heard on each connection it took. */
    private record Heard(List<byte[]> connections) {}

    /**
     * Listens where a dead daemon's state points, as another local user could after an unclean exit: answers
     * each connection's first frame with {@code answer} (given that frame), then records all else it is sent.
     */
    private CompletableFuture<Heard> impostor(ServerSocketChannel server, int connections,
                                              Function<DaemonProtocol.Message, byte[]> answer) {
        cleanup.add(server);
        return CompletableFuture.supplyAsync(() -> {
            List<byte[]> heard = new ArrayList<>();
            try {
                for (int i = 0; i < connections; i++) {
                    try (SocketChannel ch = server.accept()) {
                        InputStream in = Channels.newInputStream(ch);
                        DaemonProtocol.Message first = DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME);
                        ch.write(java.nio.ByteBuffer.wrap(answer.apply(first)));
                        ByteArrayOutputStream rest = new ByteArrayOutputStream();
                        DataOutputStream d = new DataOutputStream(rest);
                        d.writeUTF(first.getClass().getSimpleName());
                        in.transferTo(rest);
                        heard.add(rest.toByteArray());
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Heard(heard);
        });
    }

    private static byte[] frame(DaemonProtocol.Message m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DaemonProtocol.write(out, m);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aClientRefusesWhatListensOnTheStaleEndpointOfADeadDaemonAndSendsItNoText() throws Exception {
        long dead = deadPid();
        List<Function<DaemonProtocol.Message, byte[]>> answers = List.of(
                hello -> frame(new DaemonProtocol.Ok()), // what a client that trusted any OK took
                hello -> frame(new DaemonProtocol.Challenge(DaemonHandshake.random(32), DaemonHandshake.random(32))),
                hello -> frame(new DaemonProtocol.Challenge(((DaemonProtocol.Hello) hello).nonce(),
                        DaemonHandshake.clientProof(DaemonHandshake.random(32), ((DaemonProtocol.Hello) hello).nonce(),
                                ((DaemonProtocol.Hello) hello).nonce()))),
                hello -> new byte[] {0x04, 0, 0, 0, 1}); // a 64 MiB frame a client must not take before the proof
        boolean unix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        int round = 0;
        for (boolean overUnixSocket : unix ? new boolean[] {false, true} : new boolean[] {false}) {
            for (Function<DaemonProtocol.Message, byte[]> answer : answers) {
                Path folder = DaemonState.folder(root.resolve("round-" + round++));
                OwnerOnly.createFolder(folder);
                ServerSocketChannel listener;
                DaemonState stale;
                String key = HexFormat.of().formatHex(DaemonHandshake.random(32));
                if (overUnixSocket) {
                    listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                    listener.bind(UnixDomainSocketAddress.of(folder.resolve(DaemonServer.SOCKET_NAME)));
                    stale = new DaemonState(dead, DaemonServer.SOCKET_NAME, 0, key);
                } else {
                    listener = ServerSocketChannel.open();
                    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                    stale = new DaemonState(dead, "", ((InetSocketAddress) listener.getLocalAddress()).getPort(), key);
                }
                stale.write(folder);
                CompletableFuture<Heard> heard = impostor(listener, 2, answer);

                DaemonTrustException status = assertThrows(DaemonTrustException.class, () -> DaemonClient.status(folder),
                        "daemon status does not call it running");
                assertTrue(status.getMessage().contains("did not prove it is your contentlint daemon"), status.getMessage());

                warnings.clear();
                DaemonClient client = new DaemonClient(new DaemonOption(folder.getParent(), Duration.ofMinutes(5),
                        warnings::add));
                assertNull(client.connect(), "refused");
                assertEquals(1, warnings.size(), warnings.toString());
                String warning = warnings.get(0);
                assertTrue(warning.contains("what listens at the daemon's " + stale.endpoint(folder)
                        + " did not prove it is your contentlint daemon"), warning);
                assertTrue(warning.contains("no text was sent to it"), warning);
                assertTrue(warning.endsWith("checking grammar and spelling in this process instead"), warning);
                assertNull(client.connect(), "and the run checks in its own process from then on");
                assertFalse(Files.exists(DaemonState.file(folder)), "the stale state is forgotten");

                for (byte[] connection : heard.get(30, TimeUnit.SECONDS).connections()) {
                    DataOutputStream expected = new DataOutputStream(new ByteArrayOutputStream());
                    expected.writeUTF("Hello");
                    assertEquals(expected.size(), connection.length,
                            "it heard a hello and nothing after it (round " + round + ")");
                    assertFalse(new String(connection, java.nio.charset.StandardCharsets.ISO_8859_1).contains(key));
                }
            }
        }
    }

    @Test
    void aDaemonRefusesAClientWithAWrongProofAndARefusalIsNoUse() throws Exception {
        Path folder = root.resolve("d");
        DaemonServerTest.Served d = serve(folder, DaemonServer.Transport.UNIX);
        DaemonState state = DaemonState.read(folder).orElseThrow();
        byte[] key = state.keyBytes();
        long lastUse = d.server().lastUse();
        byte[] otherKey = DaemonHandshake.random(32);
        List<String> ways = List.of("random bytes", "the daemon's own proof played back", "a proof on another key",
                "a proof on other nonces", "no proof but a status request", "a second hello", "a short proof");
        for (String way : ways) {
            try (DaemonChannel c = DaemonChannel.connect(folder, state)) {
                byte[] nonce = DaemonHandshake.random(32);
                DaemonProtocol.write(c.out, new DaemonProtocol.Hello(nonce));
                DaemonProtocol.Challenge challenge = (DaemonProtocol.Challenge) c.within(10_000, "the challenge",
                        () -> DaemonProtocol.read(c.in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME));
                assertTrue(DaemonHandshake.matches(DaemonHandshake.daemonProof(key, nonce, challenge.nonce()),
                        challenge.proof()), "the daemon proves itself first");
                byte[] right = DaemonHandshake.clientProof(key, nonce, challenge.nonce());
                DaemonProtocol.Message wrong = switch (way) {
                    case "random bytes" -> new DaemonProtocol.Proof(DaemonHandshake.random(32));
                    case "the daemon's own proof played back" -> new DaemonProtocol.Proof(challenge.proof());
                    case "a proof on another key" -> new DaemonProtocol.Proof(DaemonHandshake.clientProof(otherKey, nonce,
                            challenge.nonce()));
                    case "a proof on other nonces" -> new DaemonProtocol.Proof(DaemonHandshake.clientProof(key, nonce, nonce));
                    case "no proof but a status request" -> new DaemonProtocol.Status();
                    case "a second hello" -> new DaemonProtocol.Hello(nonce);
                    default -> new DaemonProtocol.Proof(java.util.Arrays.copyOf(right, 16));
                };
                DaemonProtocol.write(c.out, wrong);
                assertEquals(new DaemonProtocol.Failed("not authenticated"),
                        c.within(10_000, "the verdict", () -> DaemonProtocol.read(c.in, DaemonProtocol.MAX_FRAME)), way);
                assertEquals(-1, (int) c.within(10_000, "the end", c.in::read), "and disconnected: " + way);
            }
        }
        for (DaemonProtocol.Message hello : List.of(new DaemonProtocol.Hello(0x434c4432, DaemonHandshake.random(32)),
                new DaemonProtocol.Hello(new byte[4]), new DaemonProtocol.Status())) {
            try (DaemonChannel c = DaemonChannel.connect(folder, state)) {
                DaemonProtocol.write(c.out, hello);
                assertEquals(new DaemonProtocol.Failed("not authenticated"),
                        c.within(10_000, "the verdict", () -> DaemonProtocol.read(c.in, DaemonProtocol.MAX_FRAME)),
                        "no challenge for a hello of another protocol or without a nonce");
            }
        }
        assertEquals(lastUse, d.server().lastUse(), "refused clients do not keep the daemon from its idle exit");
        assertTrue(DaemonClient.status(folder).isPresent(), "the daemon still serves its own clients");
        assertTrue(d.server().lastUse() != lastUse, "a client that proved itself is use");
    }

    @Test
    void theDaemonServesABoundedNumberOfConnectionsAndRefusesTheRest() throws Exception {
        Path folder = root.resolve("d");
        serve(folder, DaemonServer.Transport.TCP);
        DaemonState state = DaemonState.read(folder).orElseThrow();
        List<DaemonConnection> held = new ArrayList<>();
        try {
            for (int i = 0; i < DaemonServer.MAX_CONNECTIONS; i++) {
                DaemonConnection c = DaemonConnection.open(folder);
                assertNotNull(c, "connection " + i);
                held.add(c);
            }
            for (int i = 0; i < 10; i++) {
                // Refused before its hello is read, a client may see the refusal or a broken pipe, but no impostor.
                IOException e = assertThrows(IOException.class, () -> DaemonConnection.open(folder), "over the bound");
                assertFalse(e instanceof DaemonTrustException, "a busy daemon is no impostor: " + e);
            }
            for (int i = 0; i < 10; i++) {
                try (DaemonChannel silent = DaemonChannel.connect(folder, state)) {
                    assertEquals(new DaemonProtocol.Failed("busy: already serving " + DaemonServer.MAX_CONNECTIONS
                            + " connections"), silent.within(10_000, "the refusal",
                            () -> DaemonProtocol.read(silent.in, DaemonProtocol.MAX_FRAME)), "refused at once, unread");
                    assertEquals(-1, (int) silent.within(10_000, "the end", silent.in::read));
                }
            }
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().matches("contentlint-daemon-\\d+") && t.isAlive()).count();
            assertTrue(threads <= DaemonServer.MAX_CONNECTIONS, threads + " connection threads");

            held.remove(0).close();
            DaemonConnection again = null;
            for (int i = 0; i < 200 && again == null; i++) {
                try {
                    again = DaemonConnection.open(folder);
                } catch (IOException e) {
                    Thread.sleep(50); // the closed connection's thread has not yet given its place back
                }
            }
            assertNotNull(again, "a place freed is served again");
            held.add(again);
            assertEquals(List.of(), again.check("Text.", List.of(new ProseUnit.Part("Text.", null)),
                    LtSettings.spelling("en-US"), 10_000).matches());
        } finally {
            for (DaemonConnection c : held) c.close();
        }
    }

    @Test
    void aStateFolderOrFileOfAnotherUserIsRefusedWithWhatToDo() throws Exception {
        UserPrincipal nobody;
        try {
            nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Path probe = Files.createFile(root.resolve("probe"));
            Files.setOwner(probe, nobody);
            assumeTrue(Files.getOwner(probe).equals(nobody), "chown to nobody did not take");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "giving a file to user nobody needs root here (" + e + "); CI runs these tests as root");
            return;
        }
        Path folder = DaemonState.folder(root);
        serve(folder, DaemonServer.Transport.UNIX);
        UserPrincipal me = Files.getOwner(folder);
        for (Path planted : List.of(DaemonState.file(folder), folder, root)) {
            Files.setOwner(planted, nobody);
            try {
                DaemonTrustException e = assertThrows(DaemonTrustException.class, () -> DaemonClient.status(folder));
                assertTrue(e.getMessage().contains(planted + " belongs to nobody, not to you"), e.getMessage());
                assertTrue(e.getMessage().contains("CONTENTLINT_DAEMON_DIR"), e.getMessage());
                warnings.clear();
                assertNull(client().connect());
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).startsWith(e.getMessage()), warnings.get(0));
                assertThrows(DaemonTrustException.class, () -> DaemonClient.stop(folder), "nor stopped through it");
                if (!planted.equals(DaemonState.file(folder))) {
                    DaemonServer other = new DaemonServer(folder, Duration.ofMinutes(5), message -> { });
                    assertThrows(DaemonTrustException.class, other::serve, "no daemon starts there either");
                }
            } finally {
                Files.setOwner(planted, me);
            }
        }
        assertTrue(DaemonClient.status(folder).isPresent(), "given back, the daemon is used again");
    }

    @Test
    void aStateFolderOthersCanWriteAndAStateFileOthersCanReadAreRefused() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path folder = DaemonState.folder(root);
        serve(folder, DaemonServer.Transport.UNIX);
        Path file = DaemonState.file(folder);
        record Case(Path path, String mode, String says) {}
        for (Case c : List.of(new Case(folder, "rwxrwxrwx", "can be written by others (rwxrwxrwx): run 'chmod go-w " + folder),
                new Case(folder, "rwxrwx---", "can be written by others (rwxrwx---)"),
                new Case(root, "rwx-w--w-", "can be written by others"),
                new Case(file, "rw-r-----", "can be read or written by others (rw-r-----)"),
                new Case(file, "rw-rw-rw-", "can be read or written by others"))) {
            String before = PosixFilePermissions.toString(Files.getPosixFilePermissions(c.path()));
            Files.setPosixFilePermissions(c.path(), PosixFilePermissions.fromString(c.mode()));
            try {
                DaemonTrustException e = assertThrows(DaemonTrustException.class, () -> DaemonClient.status(folder), c.mode());
                assertTrue(e.getMessage().contains(c.path() + " " + c.says()), e.getMessage());
                warnings.clear();
                assertNull(client().connect());
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).contains(c.says()), warnings.get(0));
                if (!c.path().equals(file)) {
                    DaemonServer other = new DaemonServer(folder, Duration.ofMinutes(5), message -> { });
                    assertThrows(DaemonTrustException.class, other::serve, "no daemon starts there either");
                }
            } finally {
                Files.setPosixFilePermissions(c.path(), PosixFilePermissions.fromString(before));
            }
        }
        assertTrue(DaemonClient.status(folder).isPresent(), "put right, the daemon is used again");
    }
}
