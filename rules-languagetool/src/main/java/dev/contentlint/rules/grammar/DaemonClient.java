package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One run's way to its LanguageTool daemon: connects each worker thread, starting the daemon when none runs,
 * and after the first failure (no daemon within the start-up time, a broken connection) tells the run once
 * and has it check in its own process from then on. The static methods serve {@code contentlint daemon}.
 */
public final class DaemonClient {
    /** How long a client waits for a daemon it started to listen. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final Duration idle;
    private final Consumer<String> warn;
    private final AtomicBoolean failed = new AtomicBoolean();

    /** The client of a run with {@code option}: this build's daemon under its state root. */
    DaemonClient(DaemonOption option) {
        this.folder = DaemonState.folder(option.stateRoot());
        this.idle = option.idle();
        this.warn = option.warn();
    }

    /**
     * Checks that the state root {@code root}, when it exists, belongs to this user and nobody else can write it.
     *
     * @throws DaemonTrustException saying what is wrong and what to do
     */
    public static void checkRoot(Path root) throws DaemonTrustException {
        try {
            OwnerOnly.checkFolder(root);
        } catch (DaemonTrustException e) {
            throw e;
        } catch (IOException e) {
            throw new DaemonTrustException("the daemon's state folder " + root + " cannot be checked (" + e.getMessage()
                    + "): set CONTENTLINT_DAEMON_DIR to a folder of your own");
        }
    }

    /**
     * What the daemon of {@code folder} reports about itself, or empty when none is running there.
     *
     * @throws DaemonTrustException when the folder or its state file is not safely this user's, or what listens
     *                              at its endpoint did not prove it is the daemon
     */
    public static Optional<String> status(Path folder) throws DaemonTrustException {
        try (DaemonConnection c = DaemonConnection.open(folder)) {
            return c == null ? Optional.empty() : Optional.of(c.status());
        } catch (DaemonTrustException e) {
            throw e;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the daemon of {@code folder} to exit; false when none was running. One that does not answer (of a
     * build that speaks another protocol, say) is stopped by deleting its state file, which every daemon watches;
     * so is the state of one whose endpoint did not prove it holds the key.
     *
     * @throws DaemonTrustException when the folder or its state file is not safely this user's
     */
    public static boolean stop(Path folder) throws DaemonTrustException {
        try (DaemonConnection c = DaemonConnection.open(folder)) {
            if (c != null) {
                c.stop();
                return true;
            }
        } catch (DaemonTrustException e) {
            if (e.stale() == null) throw e;
        } catch (IOException e) {
            // it did not take the request: stop it through its state file
        }
        Optional<DaemonState> state = DaemonState.read(folder);
        if (state.isEmpty()) return false;
        state.get().deleteIfCurrent(folder);
        return ProcessHandle.of(state.get().pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A connection for one worker thread, starting the daemon when none runs; null once the daemon failed. */
    DaemonConnection connect() {
        if (failed.get()) return null;
        try {
            DaemonConnection c = DaemonConnection.open(folder);
            if (c != null) return c;
            OwnerOnly.createFolder(folder);
            // A file lock keeps other runs from starting a second daemon; it is held per JVM, so this run's
            // own worker threads queue on the monitor first.
            synchronized (this) {
                if (failed.get()) return null;
                try (FileChannel ch = FileChannel.open(folder.resolve("start.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                    c = DaemonConnection.open(folder); // another run or thread may have started it meanwhile
                    if (c != null) return c;
                    DaemonLauncher.start(folder, idle);
                    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
                    while (System.nanoTime() < deadline) {
                        c = DaemonConnection.open(folder);
                        if (c != null) return c;
                        Thread.sleep(100);
                    }
                }
            }
            fail("the LanguageTool daemon did not start within " + START_TIMEOUT.toSeconds() + " s (see "
                    + DaemonLauncher.log(folder) + ")");
        } catch (DaemonTrustException e) {
            // What listens there is not the daemon: forget its state, so the next run starts a daemon of its own.
            if (e.stale() != null) e.stale().deleteIfCurrent(folder);
            fail(e.getMessage());
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
}
