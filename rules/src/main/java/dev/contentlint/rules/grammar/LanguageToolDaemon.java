package dev.contentlint.rules.grammar;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A background process that keeps LanguageTool loaded between runs, so a run that checks a few changed
 * paragraphs does not pay LanguageTool's start-up of several seconds. Opt-in ({@code contentlint check --daemon}).
 *
 * <p>The first run that needs LanguageTool starts the daemon: the same Java and class path, with a throughput
 * collector and its own heap, detached from the terminal. It listens on a loopback port and accepts only
 * clients that present the token written, readable by its owner only, beside the port in
 * {@code daemon.properties} of its state folder. The folder is named after a fingerprint of the Java
 * installation and the class path, so a daemon of another build is never used. It exits after an idle time
 * (default 60 minutes), on {@code contentlint daemon stop}, or when its state file is deleted.
 *
 * <p>Clients keep one connection per worker thread; the daemon serves each connection on its own thread with
 * that thread's LanguageTool instances. Whatever goes wrong on the client side (no daemon within the start-up
 * time, a broken connection) falls back to LanguageTool in the run's own process, with one warning.
 */
public final class LanguageToolDaemon {
    /** Default idle time after which the daemon exits. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(60);
    /** How long a client waits for a daemon it started to listen. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static final int MAGIC = 0x434c4431; // "CLD1"
    private static final byte HELLO = 1;
    private static final byte CHECK = 2;
    private static final byte STATUS = 3;
    private static final byte STOP = 4;
    private static final byte OK = 0;
    private static final byte FAILED = 1;

    private static volatile Client client;

    private LanguageToolDaemon() {
    }

    // ---------------------------------------------------------------- client side

    /**
     * Has LanguageTool checks of this JVM go to the daemon of {@code stateRoot} (started when needed), or,
     * with null, to LanguageTool in this process. {@code warn} hears, once, why the daemon could not be used.
     */
    public static void use(Path stateRoot, Duration idle, Consumer<String> warn) {
        client = stateRoot == null ? null : new Client(folder(stateRoot), idle, warn);
    }

    /** The configured client, or null when checks run in this process. */
    static Client client() {
        return client;
    }

    /** The default state root: {@code $XDG_CACHE_HOME/contentlint/daemon}, or {@code ~/.cache/contentlint/daemon}. */
    public static Path defaultStateRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("contentlint").resolve("daemon");
    }

    /** The state folder of this build's daemon under {@code stateRoot}. */
    public static Path folder(Path stateRoot) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(System.getProperty("java.home", "").getBytes(StandardCharsets.UTF_8));
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                md.update(entry.getBytes(StandardCharsets.UTF_8));
                try {
                    md.update((Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis()).getBytes(StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    md.update((byte) 0);
                }
            }
            return stateRoot.resolve(HexFormat.of().formatHex(md.digest(), 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the daemon of {@code folder} reports about itself, or null when none is running there. */
    public static String status(Path folder) {
        try (Connection c = Connection.open(folder)) {
            return c == null ? null : c.status();
        } catch (IOException e) {
            return null;
        }
    }

    /** Asks the daemon of {@code folder} to exit; false when none was running. */
    public static boolean stop(Path folder) {
        try (Connection c = Connection.open(folder)) {
            if (c == null) return false;
            c.stop();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where clients of this JVM find (and start) the daemon. */
    static final class Client {
        private final Path folder;
        private final Duration idle;
        private final Consumer<String> warn;
        private final java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();

        Client(Path folder, Duration idle, Consumer<String> warn) {
            this.folder = folder;
            this.idle = idle;
            this.warn = warn;
        }

        /** A connection for one worker thread, starting the daemon when none runs; null after a failure. */
        Connection connect() {
            if (failed.get()) return null;
            try {
                Connection c = Connection.open(folder);
                if (c != null) return c;
                Files.createDirectories(folder);
                // A file lock keeps other runs from starting a second daemon; it is held per JVM, so this run's
                // own worker threads queue on the monitor first.
                synchronized (this) {
                    if (failed.get()) return null;
                    try (FileChannel ch = FileChannel.open(folder.resolve("start.lock"), StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                        c = Connection.open(folder); // another run or thread may have started it meanwhile
                        if (c != null) return c;
                        start();
                        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
                        while (System.nanoTime() < deadline) {
                            c = Connection.open(folder);
                            if (c != null) return c;
                            Thread.sleep(100);
                        }
                    }
                }
                fail("the LanguageTool daemon did not start within " + START_TIMEOUT.toSeconds() + " s (see "
                        + folder.resolve("daemon.log") + ")");
            } catch (IOException | RuntimeException e) {
                fail("the LanguageTool daemon could not be used: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while starting the LanguageTool daemon");
            }
            return null;
        }

        /** Turns the daemon off for the rest of the run; the first caller's reason is the one warning. */
        void fail(String why) {
            if (failed.compareAndSet(false, true)) warn.accept(why + "; checking grammar and spelling in this process instead");
        }

        private void start() throws IOException {
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> cmd = new ArrayList<>();
            if (new File("/usr/bin/setsid").canExecute()) cmd.add("/usr/bin/setsid"); // leave the terminal's group
            cmd.add(java);
            String opts = System.getenv("CONTENTLINT_DAEMON_OPTS");
            if (opts != null && !opts.isBlank()) cmd.addAll(List.of(opts.trim().split("\\s+")));
            else cmd.addAll(List.of("-XX:+UseParallelGC", "-Xmx1200m", "-XX:-UsePerfData"));
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LanguageToolDaemon.class.getName(),
                    folder.toString(), Long.toString(idle.toSeconds())));
            File log = folder.resolve("daemon.log").toFile();
            // The log only grows by a few lines a start; past 1 MB the older part is dropped.
            if (log.length() > 1 << 20) Files.move(log.toPath(), folder.resolve("daemon.log.old"), StandardCopyOption.REPLACE_EXISTING);
            new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")))
                    .start();
        }
    }

    /** One client connection, used by one thread at a time. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final DataInputStream in;
        private final DataOutputStream out;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        }

        /** A connection to the daemon of {@code folder} that accepted the token, or null when none answers. */
        static Connection open(Path folder) {
            Path file = folder.resolve("daemon.properties");
            if (!Files.isRegularFile(file)) return null;
            Properties p = new Properties();
            try (InputStream s = Files.newInputStream(file)) {
                p.load(s);
                int port = Integer.parseInt(p.getProperty("port", ""));
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                Connection c = new Connection(socket);
                c.out.writeInt(MAGIC);
                c.out.writeByte(HELLO);
                writeString(c.out, p.getProperty("token", ""));
                c.out.flush();
                socket.setSoTimeout(5000);
                if (c.in.readByte() != OK) {
                    c.close();
                    return null;
                }
                socket.setSoTimeout(0);
                return c;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings s, long budgetMillis)
                throws IOException {
            out.writeByte(CHECK);
            writeString(out, s.language());
            out.writeBoolean(s.picky());
            writeStrings(out, s.disable());
            writeStrings(out, s.enable());
            out.writeBoolean(s.spellingOnly());
            out.writeLong(budgetMillis);
            writeString(out, text);
            out.writeInt(parts.size());
            for (ProseUnit.Part part : parts) {
                writeString(out, part.text());
                out.writeBoolean(part.markup());
                if (part.markup()) writeString(out, part.interpretAs());
            }
            out.flush();
            // The daemon bounds its own work by the budget; the margin covers loading LanguageTool there.
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, budgetMillis + 120_000));
            if (in.readByte() != OK) throw new IOException("the daemon failed: " + readString(in));
            boolean timedOut = in.readBoolean();
            int n = in.readInt();
            List<LtMatch> matches = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                matches.add(new LtMatch(readString(in), readString(in), in.readBoolean(), in.readInt(), in.readInt(),
                        readString(in), readStrings(in)));
            return new LanguageToolService.Outcome(matches, timedOut);
        }

        String status() throws IOException {
            out.writeByte(STATUS);
            out.flush();
            in.readByte();
            return readString(in);
        }

        void stop() throws IOException {
            out.writeByte(STOP);
            out.flush();
            try {
                in.readByte();
            } catch (EOFException | SocketException e) {
                // it closed first: stopped all the same
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    // ---------------------------------------------------------------- daemon side

    /** Runs a daemon: {@code FOLDER [IDLE_SECONDS]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Duration idle = args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : DEFAULT_IDLE;
        serve(folder, idle, message -> {
            System.out.println(java.time.Instant.now() + " " + message);
            System.out.flush();
        });
        System.exit(0);
    }

    /** Serves until stopped, idle for {@code idle}, or its state file is gone; returns when it has stopped. */
    static void serve(Path folder, Duration idle, Consumer<String> log) throws IOException {
        Files.createDirectories(folder);
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Path file = folder.resolve("daemon.properties");
        AtomicLong lastUse = new AtomicLong(System.nanoTime());
        AtomicInteger open = new AtomicInteger();
        AtomicLong checks = new AtomicLong();
        long started = System.currentTimeMillis();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            writeState(file, server.getLocalPort(), token);
            log.accept("listening on port " + server.getLocalPort() + ", pid " + ProcessHandle.current().pid());
            Thread watchdog = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    boolean idleTooLong = open.get() == 0 && System.nanoTime() - lastUse.get() > idle.toNanos();
                    if (!server.isClosed() && (idleTooLong || !Files.exists(file))) {
                        log.accept(idleTooLong ? "idle for " + idle.toSeconds() + " s: exiting" : "state file gone: exiting");
                        closeQuietly(server);
                    }
                }
            }, "contentlint-daemon-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            while (!server.isClosed()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    break; // closed by the watchdog or a stop request
                }
                Thread t = new Thread(() -> serveConnection(socket, token, server, lastUse, open, checks, started, log),
                        "contentlint-daemon-" + socket.getPort());
                t.setDaemon(true);
                t.start();
            }
        } finally {
            try {
                // Only this daemon's own state: a newer daemon may have replaced the file already.
                Properties p = new Properties();
                try (InputStream s = Files.newInputStream(file)) {
                    p.load(s);
                }
                if (token.equals(p.getProperty("token"))) Files.deleteIfExists(file);
            } catch (IOException e) {
                // nothing to clean up
            }
            log.accept("stopped after " + checks.get() + " checks");
        }
    }

    private static void serveConnection(Socket socket, String token, ServerSocket server, AtomicLong lastUse,
                                        AtomicInteger open, AtomicLong checks, long started, Consumer<String> log) {
        open.incrementAndGet();
        LanguageToolService service = new LanguageToolService();
        try (socket) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            socket.setSoTimeout(5000);
            if (in.readInt() != MAGIC || in.readByte() != HELLO || !token.equals(readString(in))) {
                out.writeByte(FAILED);
                out.flush();
                return;
            }
            socket.setSoTimeout(0);
            out.writeByte(OK);
            out.flush();
            while (true) {
                byte op;
                try {
                    op = in.readByte();
                } catch (EOFException e) {
                    return;
                }
                lastUse.set(System.nanoTime());
                switch (op) {
                    case CHECK -> {
                        LtSettings s = new LtSettings(readString(in), in.readBoolean(), readStrings(in), readStrings(in),
                                in.readBoolean());
                        long budget = in.readLong();
                        String text = readString(in);
                        int n = in.readInt();
                        List<ProseUnit.Part> parts = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            String partText = readString(in);
                            parts.add(new ProseUnit.Part(partText, in.readBoolean() ? readString(in) : null));
                        }
                        LanguageToolService.Outcome outcome;
                        try {
                            outcome = service.checkHere(text, ProseUnit.annotated(parts), s, budget);
                        } catch (IOException | RuntimeException e) {
                            out.writeByte(FAILED);
                            writeString(out, String.valueOf(e));
                            out.flush();
                            continue;
                        }
                        checks.incrementAndGet();
                        out.writeByte(OK);
                        out.writeBoolean(outcome.timedOut());
                        out.writeInt(outcome.matches().size());
                        for (LtMatch m : outcome.matches()) {
                            writeString(out, m.ruleId());
                            writeString(out, m.category());
                            out.writeBoolean(m.spelling());
                            out.writeInt(m.from());
                            out.writeInt(m.to());
                            writeString(out, m.message());
                            writeStrings(out, m.suggestions());
                        }
                    }
                    case STATUS -> {
                        out.writeByte(OK);
                        writeString(out, "pid " + ProcessHandle.current().pid() + ", up "
                                + Duration.ofMillis(System.currentTimeMillis() - started).toSeconds() + " s, "
                                + checks.get() + " checks, " + LanguageToolService.LOADED.get()
                                + " LanguageTool instances loaded, " + (open.get() - 1) + " other connections");
                    }
                    case STOP -> {
                        log.accept("stop requested");
                        out.writeByte(OK);
                        out.flush();
                        closeQuietly(server);
                        return;
                    }
                    default -> {
                        return;
                    }
                }
                out.flush();
                lastUse.set(System.nanoTime());
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            service.close();
            lastUse.set(System.nanoTime());
            open.decrementAndGet();
        }
    }

    private static void writeState(Path file, int port, String token) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        String text = "# contentlint LanguageTool daemon; delete this file to stop it\npid="
                + ProcessHandle.current().pid() + "\nport=" + port + "\ntoken=" + token + "\n";
        Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeQuietly(ServerSocket server) {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) throw new IOException("bad string length " + n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) writeString(out, s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("bad list length " + n);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readString(in));
        return out;
    }
}
