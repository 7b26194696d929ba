package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;

/** One connection to a LanguageTool daemon that proved it holds the key, used by one thread at a time. */
final class DaemonConnection implements AutoCloseable {
    /** How long the hello step may take, and the answer to a status or stop request. */
    static final int HANDSHAKE_MILLIS = 5000;
    /** What a check may take beyond its budget: the daemon loads LanguageTool for new settings first. */
    private static final long LOAD_MARGIN_MILLIS = 120_000;

    private final DaemonChannel channel;

    private DaemonConnection(DaemonChannel channel) {
        this.channel = channel;
    }

    /**
     * A connection to the daemon of {@code folder} after both sides proved they hold the key, or null when no
     * daemon listens there.
     *
     * @throws DaemonTrustException when the state folder or file is not safely this user's, or what listens
     *                              did not prove it is the daemon; nothing was sent to it but a nonce
     * @throws IOException          when the daemon refused this client or closed the connection
     */
    static DaemonConnection open(Path folder) throws IOException {
        DaemonState state = DaemonState.read(folder).orElse(null);
        return state == null ? null : open(folder, state);
    }

    /** A connection to where {@code state} says the daemon of {@code folder} listens, as {@link #open(Path)}. */
    static DaemonConnection open(Path folder, DaemonState state) throws IOException {
        DaemonChannel channel;
        try {
            channel = DaemonChannel.connect(folder, state);
        } catch (IOException | RuntimeException e) {
            return null; // nothing listens: the daemon of that state is gone
        }
        try {
            channel.within(HANDSHAKE_MILLIS, "the hello step", () -> {
                authenticate(folder, state, channel);
                return null;
            });
            return new DaemonConnection(channel);
        } catch (SocketTimeoutException e) {
            channel.close();
            throw impostor(folder, state, "it did not finish the hello step within " + HANDSHAKE_MILLIS + " ms");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The hello step, client side: the daemon proves itself first, so an impostor learns only a nonce. */
    private static void authenticate(Path folder, DaemonState state, DaemonChannel channel) throws IOException {
        byte[] key = state.keyBytes();
        byte[] nonce = DaemonHandshake.random(DaemonHandshake.NONCE_BYTES);
        DaemonProtocol.write(channel.out, new DaemonProtocol.Hello(nonce));
        DaemonProtocol.Message answer;
        try {
            answer = DaemonProtocol.read(channel.in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME);
        } catch (ProtocolException e) {
            throw impostor(folder, state, "it answered what the daemon never sends: " + e.getMessage());
        }
        if (answer == null) throw new SocketException("the daemon closed the connection before answering");
        if (answer instanceof DaemonProtocol.Failed f) throw new IOException("the daemon refused the connection: " + f.reason());
        if (!(answer instanceof DaemonProtocol.Challenge c))
            throw impostor(folder, state, "it answered the hello with " + answer.getClass().getSimpleName()
                    + " instead of proving it holds the key");
        if (c.nonce().length != DaemonHandshake.NONCE_BYTES
                || !DaemonHandshake.matches(DaemonHandshake.daemonProof(key, nonce, c.nonce()), c.proof()))
            throw impostor(folder, state, "its proof does not match the key in " + DaemonState.file(folder));
        DaemonProtocol.write(channel.out, new DaemonProtocol.Proof(DaemonHandshake.clientProof(key, nonce, c.nonce())));
        DaemonProtocol.Message verdict = DaemonProtocol.read(channel.in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME);
        if (verdict instanceof DaemonProtocol.Ok) return;
        if (verdict instanceof DaemonProtocol.Failed f) throw new IOException("the daemon refused this client: " + f.reason());
        throw new ProtocolException("unexpected answer to the proof: " + verdict);
    }

    private static DaemonTrustException impostor(Path folder, DaemonState state, String why) {
        return new DaemonTrustException("what listens at the daemon's " + state.endpoint(folder)
                + " did not prove it is your contentlint daemon (" + why + "), so no text was sent to it", state);
    }

    /** Checks {@code parts}, which make up {@code text}, in the daemon. */
    LanguageToolService.Outcome check(String text, List<ProseUnit.Part> parts, LtSettings settings, long budgetMillis)
            throws IOException {
        // The daemon bounds its own work by the budget; the margin covers loading LanguageTool there.
        DaemonProtocol.Message answer = channel.within(budgetMillis + LOAD_MARGIN_MILLIS, "a check",
                () -> ask(new DaemonProtocol.Check(settings, budgetMillis, text, parts)));
        if (answer instanceof DaemonProtocol.Checked c) return c.outcome();
        if (answer instanceof DaemonProtocol.Unchecked u) throw new LanguageToolFailure(u.reason());
        if (answer instanceof DaemonProtocol.Failed f) throw new IOException("the daemon failed: " + f.reason());
        throw unexpected(answer);
    }

    /** The daemon's description of itself. */
    String status() throws IOException {
        DaemonProtocol.Message answer = channel.within(HANDSHAKE_MILLIS, "a status request",
                () -> ask(new DaemonProtocol.Status()));
        if (answer instanceof DaemonProtocol.StatusReport r) return r.text();
        throw unexpected(answer);
    }

    /** Asks the daemon to exit. */
    void stop() throws IOException {
        channel.within(HANDSHAKE_MILLIS, "a stop request", () -> {
            DaemonProtocol.write(channel.out, new DaemonProtocol.Stop());
            try {
                DaemonProtocol.read(channel.in, DaemonProtocol.MAX_FRAME);
            } catch (SocketException | ProtocolException e) {
                // it closed first: stopped all the same
            }
            return null;
        });
    }

    private DaemonProtocol.Message ask(DaemonProtocol.Message request) throws IOException {
        DaemonProtocol.write(channel.out, request);
        DaemonProtocol.Message answer = DaemonProtocol.read(channel.in, DaemonProtocol.MAX_FRAME);
        if (answer == null) throw new IOException("the daemon closed the connection");
        return answer;
    }

    private static IOException unexpected(DaemonProtocol.Message answer) {
        return new ProtocolException("unexpected answer from the daemon: " + answer);
    }

    @Override
    public void close() {
        channel.close();
    }
}
