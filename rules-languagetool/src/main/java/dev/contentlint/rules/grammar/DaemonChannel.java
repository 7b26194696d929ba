package dev.contentlint.rules.grammar;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection between a run and its daemon, on either side: a Unix-domain or loopback socket channel, its
 * buffered streams, and time limits. A Unix-domain channel has no read timeout, so a limit is kept by closing the
 * channel when it runs out, which ends the read or write that waits.
 */
final class DaemonChannel implements AutoCloseable {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** A step on the channel that may fail. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    private final SocketChannel channel;
    final InputStream in;
    final OutputStream out;

    DaemonChannel(SocketChannel channel) {
        this.channel = channel;
        this.in = new BufferedInputStream(Channels.newInputStream(channel));
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel));
    }

    // Most limits are cancelled long before they run out (a check's is its budget plus two minutes), so a
    // cancelled one leaves the queue at once rather than holding its channel until then.
    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "contentlint-daemon-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** A channel to where {@code state} says the daemon of {@code folder} listens. */
    static DaemonChannel connect(Path folder, DaemonState state) throws IOException {
        SocketChannel ch = state.socket().isEmpty() ? SocketChannel.open() : SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(state.socket().isEmpty() ? new InetSocketAddress(InetAddress.getLoopbackAddress(), state.port())
                    : UnixDomainSocketAddress.of(folder.resolve(state.socket())));
            return new DaemonChannel(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Runs {@code step}, closing the channel if it takes over {@code millis}; a step cut short so is a
     * {@link SocketTimeoutException}.
     */
    <T> T within(long millis, String what, Step<T> step) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = TIMER.schedule(() -> {
            expired.set(true);
            close();
        }, millis, TimeUnit.MILLISECONDS);
        try {
            return step.run();
        } catch (IOException e) {
            if (expired.get()) throw new SocketTimeoutException(what + " took over " + millis + " ms");
            throw e;
        } finally {
            timer.cancel(false);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
