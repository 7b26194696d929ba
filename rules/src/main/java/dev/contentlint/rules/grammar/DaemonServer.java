package dev.contentlint.rules.grammar;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The LanguageTool daemon: a background process that keeps LanguageTool loaded between runs, so a run that
 * checks a few changed paragraphs does not pay LanguageTool's start-up of several seconds.
 *
 * <p>It listens on a loopback port and serves only clients that present the token it wrote, readable by its
 * owner only, to its {@link DaemonState}; each connection gets a thread of its own with that thread's
 * LanguageTool instances. It exits after an idle time without requests, on a stop request, or when its state
 * file is deleted.
 *
 * <p>It remembers recent results in {@link RecentResults}, keyed as the paragraph cache on disk keys them, so a
 * run without {@code --cache} after a one-line edit checks only the changed paragraph. An outcome whose time
 * budget ran out is not remembered: the next run tries it again.
 */
public final class DaemonServer {
    /** How long a client may take to send its hello. */
    private static final int HELLO_MILLIS = 5000;

    private final Path folder;
    private final Duration idle;
    private final Consumer<String> log;
    private final String token;
    private final AtomicLong lastUse = new AtomicLong(System.nanoTime());
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong checks = new AtomicLong();
    private final RecentResults recent;
    private final Supplier<Checker> checkers;
    private final long started = System.currentTimeMillis();
    private volatile ServerSocket server;

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
        this(folder, idle, log, DaemonServer::inProcess, RecentResults.DEFAULT_MAX_BYTES);
    }

    /**
     * A daemon that checks with what {@code checkers} supplies, one per connection, and remembers results up to
     * an estimated {@code memoryBytes}.
     */
    DaemonServer(Path folder, Duration idle, Consumer<String> log, Supplier<Checker> checkers, long memoryBytes) {
        this.folder = folder;
        this.idle = idle;
        this.log = log;
        this.checkers = checkers;
        this.recent = new RecentResults(memoryBytes);
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        this.token = HexFormat.of().formatHex(raw);
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
        Files.createDirectories(folder);
        DaemonState state = null;
        try (ServerSocket server = new ServerSocket()) {
            this.server = server;
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            state = new DaemonState(ProcessHandle.current().pid(), server.getLocalPort(), token);
            state.write(folder);
            log.accept("listening on port " + server.getLocalPort() + ", pid " + state.pid());
            Thread watchdog = new Thread(this::watch, "contentlint-daemon-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            while (!server.isClosed()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    break; // closed by the watchdog or a stop request
                }
                Thread t = new Thread(() -> serveConnection(socket), "contentlint-daemon-" + socket.getPort());
                t.setDaemon(true);
                t.start();
            }
        } finally {
            if (state != null) state.deleteIfCurrent(folder);
            log.accept("stopped after " + checks.get() + " checks");
        }
    }

    /** Closes the server when it has been idle too long or its state file is gone. */
    private void watch() {
        Path file = DaemonState.file(folder);
        while (!server.isClosed()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = open.get() == 0 && System.nanoTime() - lastUse.get() > idle.toNanos();
            if (!server.isClosed() && (idleTooLong || !Files.exists(file))) {
                log.accept(idleTooLong ? "idle for " + idle.toSeconds() + " s: exiting" : "state file gone: exiting");
                closeServer();
            }
        }
    }

    private void serveConnection(Socket socket) {
        open.incrementAndGet();
        Checker languageTool = checkers.get();
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            if (!authenticated(socket, in)) {
                DaemonProtocol.write(out, new DaemonProtocol.Failed("not authenticated"));
                return;
            }
            DaemonProtocol.write(out, new DaemonProtocol.Ok());
            while (true) {
                DaemonProtocol.Message request = DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME);
                if (request == null) return;
                lastUse.set(System.nanoTime());
                if (request instanceof DaemonProtocol.Check c) {
                    DaemonProtocol.write(out, check(languageTool, c));
                } else if (request instanceof DaemonProtocol.Status) {
                    DaemonProtocol.write(out, new DaemonProtocol.StatusReport(status()));
                } else if (request instanceof DaemonProtocol.Stop) {
                    log.accept("stop requested");
                    DaemonProtocol.write(out, new DaemonProtocol.Ok());
                    closeServer();
                    return;
                } else {
                    return; // not a request: this client does not speak the protocol
                }
                lastUse.set(System.nanoTime());
            }
        } catch (IOException e) {
            // the client went away, or sent what the protocol does not allow
        } finally {
            languageTool.close();
            lastUse.set(System.nanoTime());
            open.decrementAndGet();
        }
    }

    /** Whether the client's first frame, read with the small cap and a time limit, is a hello with the token. */
    private boolean authenticated(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(HELLO_MILLIS);
        DaemonProtocol.Message first = DaemonProtocol.read(in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME);
        socket.setSoTimeout(0);
        return first instanceof DaemonProtocol.Hello h && h.magic() == DaemonProtocol.MAGIC
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), h.token().getBytes(StandardCharsets.UTF_8));
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
