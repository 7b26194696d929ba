package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The LanguageTool daemon: a background process that keeps LanguageTool loaded between runs, so a run that
 * checks a few changed paragraphs does not pay LanguageTool's start-up of several seconds.
 *
 * <p>It listens on a Unix-domain socket in its state folder, which only its owner can reach (on a loopback port
 * where such sockets are not available), and serves only clients that prove they hold the key it wrote to its
 * {@link DaemonState}, after proving it holds it too ({@link DaemonHandshake}). Before that it reads at most a
 * few kilobytes and waits a few seconds, serves at most {@link #MAX_CONNECTIONS} connections at once (refusing
 * more), and a refused client does not count as use. Each connection gets a thread of its own with that
 * thread's LanguageTool instances. It exits after an idle time without requests, on a stop request, or when its
 * state file is deleted.
 *
 * <p>It remembers recent results in {@link RecentResults}, keyed as the paragraph cache on disk keys them, so a
 * run without {@code --cache} after a one-line edit checks only the changed paragraph. An outcome whose time
 * budget ran out is not remembered: the next run tries it again.
 */
public final class DaemonServer {
    /** How long a client may take over the hello step. */
    private static final int HELLO_MILLIS = DaemonConnection.HANDSHAKE_MILLIS;
    /** The most connections served at once: a run opens one per worker thread. */
    static final int MAX_CONNECTIONS = 32;
    /** The name of the socket in the state folder. */
    static final String SOCKET_NAME = "daemon.sock";

    /** How the daemon listens. */
    enum Transport {
        /** A Unix-domain socket in the state folder, falling back to a loopback port where there is none. */
        UNIX,
        /** A loopback port. */
        TCP
    }

    private final Path folder;
    private final Duration idle;
    private final Consumer<String> log;
    private final Transport transport;
    private final String key = HexFormat.of().formatHex(DaemonHandshake.random(DaemonHandshake.KEY_BYTES));
    private final AtomicLong lastUse = new AtomicLong(System.nanoTime());
    /** Connections whose client proved itself: only those keep the daemon from being idle. */
    private final AtomicInteger open = new AtomicInteger();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong checks = new AtomicLong();
    private final RecentResults recent;
    private final Supplier<Checker> checkers;
    private final long started = System.currentTimeMillis();
    private volatile ServerSocketChannel server;

    /** Checks prose for one connection; closed when the connection ends. */
    interface Checker extends AutoCloseable {
        /** Checks {@code parts}, which make up {@code text}, with {@code settings} within {@code budgetMillis}. */
        LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings, long budgetMillis)
                throws IOException;

        @Override
        void close();
    }

    /** A daemon for state folder {@code folder} that exits after {@code idle} without requests. */
    DaemonServer(Path folder, Duration idle, Consumer<String> log) {
        this(folder, idle, log, DaemonServer::inProcess, RecentResults.DEFAULT_MAX_BYTES, Transport.UNIX);
    }

    /**
     * A daemon that checks with what {@code checkers} supplies, one per connection, and remembers results up to
     * an estimated {@code memoryBytes}, listening by {@code transport}.
     */
    DaemonServer(Path folder, Duration idle, Consumer<String> log, Supplier<Checker> checkers, long memoryBytes,
                 Transport transport) {
        this.folder = folder;
        this.idle = idle;
        this.log = log;
        this.checkers = checkers;
        this.recent = new RecentResults(memoryBytes);
        this.transport = transport;
    }

    /** Runs a daemon: {@code FOLDER [IDLE_SECONDS]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Duration idle = args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : DaemonOption.DEFAULT_IDLE;
        new DaemonServer(folder, idle, message -> {
            System.out.println(Instant.now() + " " + message);
            System.out.flush();
        }).serve();
        System.exit(0);
    }

    /** The checks LanguageTool ran so far; those answered from memory are not counted. */
    long checks() {
        return checks.get();
    }

    /** When a client that proved itself last used the daemon, in {@link System#nanoTime()}. */
    long lastUse() {
        return lastUse.get();
    }

    /** The checks answered from memory so far. */
    long hits() {
        return recent.hits();
    }

    /** LanguageTool in this process, for one connection's thread. */
    private static Checker inProcess() {
        InProcessLanguageTool lt = new InProcessLanguageTool();
        return new Checker() {
            @Override
            public LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings,
                                                     long budgetMillis) throws IOException {
                return lt.check(text, ProseUnit.annotated(parts), settings, budgetMillis);
            }

            @Override
            public void close() {
                lt.close();
            }
        };
    }

    /** Serves until stopped, idle for the idle time, or its state file is gone; returns when it has stopped. */
    void serve() throws IOException {
        OwnerOnly.createFolder(folder);
        DaemonState state = null;
        try (ServerSocketChannel server = listen()) {
            this.server = server;
            state = server.getLocalAddress() instanceof InetSocketAddress tcp
                    ? new DaemonState(ProcessHandle.current().pid(), "", tcp.getPort(), key)
                    : new DaemonState(ProcessHandle.current().pid(), SOCKET_NAME, 0, key);
            state.write(folder);
            log.accept("listening on " + state.endpoint(folder) + ", pid " + state.pid());
            Thread watchdog = new Thread(this::watch, "contentlint-daemon-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            while (server.isOpen()) {
                SocketChannel channel;
                try {
                    channel = server.accept();
                } catch (IOException e) {
                    break; // closed by the watchdog or a stop request
                }
                DaemonChannel connection = new DaemonChannel(channel);
                if (!slots.tryAcquire()) {
                    refuse(connection);
                    continue;
                }
                Thread t = new Thread(() -> {
                    try {
                        serveConnection(connection);
                    } finally {
                        slots.release();
                    }
                }, "contentlint-daemon-" + connections.incrementAndGet());
                t.setDaemon(true);
                t.start();
            }
        } finally {
            if (state != null) state.deleteIfCurrent(folder);
            log.accept("stopped after " + checks.get() + " checks");
        }
    }

    /**
     * A server channel on the socket of the state folder (replacing one a daemon that died left behind: only
     * this user can have put it there), or on a loopback port when there is no such socket here.
     */
    private ServerSocketChannel listen() throws IOException {
        if (transport == Transport.UNIX) {
            Path socket = folder.resolve(SOCKET_NAME);
            ServerSocketChannel unix = null;
            try {
                unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Files.deleteIfExists(socket);
                unix.bind(UnixDomainSocketAddress.of(socket));
                return unix;
            } catch (IOException | UnsupportedOperationException e) {
                if (unix != null) unix.close();
                log.accept("no Unix-domain socket at " + socket + " (" + e.getMessage() + "): listening on a loopback port");
            }
        }
        ServerSocketChannel tcp = ServerSocketChannel.open();
        tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return tcp;
    }

    /** Turns away a connection over the bound, telling why, without reading from it. */
    private static void refuse(DaemonChannel connection) {
        try (connection) {
            DaemonProtocol.write(connection.out, new DaemonProtocol.Failed("busy: already serving " + MAX_CONNECTIONS
                    + " connections"));
        } catch (IOException e) {
            // it went away first
        }
    }

    /** Closes the server when it has been idle too long or its state file is gone. */
    private void watch() {
        Path file = DaemonState.file(folder);
        while (server.isOpen()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = open.get() == 0 && System.nanoTime() - lastUse.get() > idle.toNanos();
            if (server.isOpen() && (idleTooLong || !Files.exists(file))) {
                log.accept(idleTooLong ? "idle for " + idle.toSeconds() + " s: exiting" : "state file gone: exiting");
                closeServer();
            }
        }
    }

    private void serveConnection(DaemonChannel connection) {
        try (connection) {
            boolean proved = connection.within(HELLO_MILLIS, "the hello step", () -> authenticated(connection));
            if (!proved) {
                DaemonProtocol.write(connection.out, new DaemonProtocol.Failed("not authenticated"));
                return;
            }
            DaemonProtocol.write(connection.out, new DaemonProtocol.Ok());
            serveRequests(connection);
        } catch (IOException e) {
            // the client went away, or sent what the protocol does not allow
        }
    }

    private void serveRequests(DaemonChannel connection) throws IOException {
        open.incrementAndGet();
        lastUse.set(System.nanoTime());
        Checker languageTool = checkers.get();
        try {
            while (true) {
                DaemonProtocol.Message request = DaemonProtocol.read(connection.in, DaemonProtocol.MAX_FRAME);
                if (request == null) return;
                lastUse.set(System.nanoTime());
                if (request instanceof DaemonProtocol.Check c) {
                    DaemonProtocol.write(connection.out, check(languageTool, c));
                } else if (request instanceof DaemonProtocol.Status) {
                    DaemonProtocol.write(connection.out, new DaemonProtocol.StatusReport(status()));
                } else if (request instanceof DaemonProtocol.Stop) {
                    log.accept("stop requested");
                    DaemonProtocol.write(connection.out, new DaemonProtocol.Ok());
                    closeServer();
                    return;
                } else {
                    return; // not a request: this client does not speak the protocol
                }
                lastUse.set(System.nanoTime());
            }
        } finally {
            languageTool.close();
            lastUse.set(System.nanoTime());
            open.decrementAndGet();
        }
    }

    /**
     * The hello step, daemon side: whether the client's hello is of this protocol and, after the daemon proved
     * itself, the client's proof matches. Every frame is read with the small cap.
     */
    private boolean authenticated(DaemonChannel connection) throws IOException {
        DaemonProtocol.Message first = DaemonProtocol.read(connection.in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME);
        if (!(first instanceof DaemonProtocol.Hello h) || h.magic() != DaemonProtocol.MAGIC
                || h.nonce().length != DaemonHandshake.NONCE_BYTES) return false;
        byte[] keyBytes = HexFormat.of().parseHex(key);
        byte[] nonce = DaemonHandshake.random(DaemonHandshake.NONCE_BYTES);
        DaemonProtocol.write(connection.out, new DaemonProtocol.Challenge(nonce,
                DaemonHandshake.daemonProof(keyBytes, h.nonce(), nonce)));
        DaemonProtocol.Message answer = DaemonProtocol.read(connection.in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME);
        return answer instanceof DaemonProtocol.Proof p
                && DaemonHandshake.matches(DaemonHandshake.clientProof(keyBytes, h.nonce(), nonce), p.proof());
    }

    private DaemonProtocol.Message check(Checker languageTool, DaemonProtocol.Check c) {
        // The key covers the parts only, so a text that is not their concatenation must not reach the memory.
        if (!c.text().equals(joined(c.parts())))
            return new DaemonProtocol.Failed("the text of a check is not the concatenation of its parts");
        String key = ProseUnit.cacheKey(c.parts(), c.settings());
        List<LtMatch> known = recent.get(key);
        if (known != null) return new DaemonProtocol.Checked(new LanguageToolService.Outcome(known, false));
        LanguageToolService.Outcome outcome;
        try {
            outcome = languageTool.check(c.text(), c.parts(), c.settings(), c.budgetMillis());
        } catch (LanguageToolFailure e) {
            return new DaemonProtocol.Unchecked(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new DaemonProtocol.Failed(String.valueOf(e));
        }
        checks.incrementAndGet();
        if (!outcome.timedOut()) recent.put(key, outcome.matches());
        return new DaemonProtocol.Checked(outcome);
    }

    private static String joined(List<ProseUnit.Part> parts) {
        StringBuilder b = new StringBuilder();
        for (ProseUnit.Part p : parts) b.append(p.text());
        return b.toString();
    }

    private String status() {
        return "pid " + ProcessHandle.current().pid() + ", up "
                + Duration.ofMillis(System.currentTimeMillis() - started).toSeconds() + " s, "
                + checks.get() + " checks, " + recent.hits() + " answered from memory, " + recent.size()
                + " paragraphs in memory, " + InProcessLanguageTool.LOADED.get()
                + " LanguageTool instances loaded, " + (open.get() - 1) + " other connections";
    }

    private void closeServer() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
