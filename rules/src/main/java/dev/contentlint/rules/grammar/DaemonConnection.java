package dev.contentlint.rules.grammar;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;

/** One authenticated connection to a LanguageTool daemon, used by one thread at a time. */
final class DaemonConnection implements AutoCloseable {
    /** How long connecting and the daemon's answer to the hello may take. */
    private static final int HANDSHAKE_MILLIS = 5000;
    /** What a check may take beyond its budget: the daemon loads LanguageTool for new settings first. */
    private static final long LOAD_MARGIN_MILLIS = 120_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private DaemonConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** A connection to the daemon of {@code folder} that accepted its token, or null when none answers. */
    static DaemonConnection open(Path folder) {
        DaemonState state = DaemonState.read(folder).orElse(null);
        if (state == null) return null;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), state.port()), HANDSHAKE_MILLIS);
            DaemonConnection c = new DaemonConnection(socket);
            if (c.authenticate(state)) return c;
        } catch (IOException | RuntimeException e) {
            // no daemon there, or not one of this build
        }
        closeQuietly(socket);
        return null;
    }

    /** Shows the daemon its token; a challenge and response would take this place. */
    private boolean authenticate(DaemonState state) throws IOException {
        socket.setSoTimeout(HANDSHAKE_MILLIS);
        DaemonProtocol.write(out, new DaemonProtocol.Hello(state.token()));
        boolean accepted = DaemonProtocol.read(in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME) instanceof DaemonProtocol.Ok;
        socket.setSoTimeout(0);
        return accepted;
    }

    /** Checks {@code parts}, which make up {@code text}, in the daemon. */
    LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings, long budgetMillis)
            throws IOException {
        // The daemon bounds its own work by the budget; the margin covers loading LanguageTool there.
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, budgetMillis + LOAD_MARGIN_MILLIS));
        DaemonProtocol.Message answer = ask(new DaemonProtocol.Check(settings, budgetMillis, text, parts));
        if (answer instanceof DaemonProtocol.Checked c) return c.outcome();
        if (answer instanceof DaemonProtocol.Failed f) throw new IOException("the daemon failed: " + f.reason());
        throw unexpected(answer);
    }

    /** The daemon's description of itself. */
    String status() throws IOException {
        DaemonProtocol.Message answer = ask(new DaemonProtocol.Status());
        if (answer instanceof DaemonProtocol.StatusReport r) return r.text();
        throw unexpected(answer);
    }

    /** Asks the daemon to exit. */
    void stop() throws IOException {
        DaemonProtocol.write(out, new DaemonProtocol.Stop());
        try {
            DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME);
        } catch (SocketException | ProtocolException e) {
            // it closed first: stopped all the same
        }
    }

    private DaemonProtocol.Message ask(DaemonProtocol.Message request) throws IOException {
        DaemonProtocol.write(out, request);
        DaemonProtocol.Message answer = DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME);
        if (answer == null) throw new IOException("the daemon closed the connection");
        return answer;
    }

    private static IOException unexpected(DaemonProtocol.Message answer) {
        return new ProtocolException("unexpected answer from the daemon: " + answer);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
