package dev.contentlint.rules.grammar;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages between a run and the LanguageTool daemon, and how they travel: each is one frame, a 4-byte
 * length and that many bytes, the first of which names the message type. The reader takes a size cap per
 * frame and rejects a longer frame before reading it, and a frame that ends early or has bytes left over.
 * Both sides and the tests use this class only, so the two ends cannot drift apart.
 */
final class DaemonProtocol {
    /** Opens every {@link Hello}; bumped whenever a message's layout changes. */
    static final int MAGIC = 0x434c4434; // "CLD4"
    /**
     * The cap on each frame read before the other side has proved it holds the key: the messages of the hello
     * step are under a hundred bytes, so an unproved peer cannot make either side hold more than this.
     */
    static final int MAX_UNAUTHENTICATED_FRAME = 4 << 10;
    /** The cap on every later frame: a check of the longest prose unit is well under a megabyte. */
    static final int MAX_FRAME = 16 << 20;

    /** The first byte of each message type's frame body. */
    static final byte HELLO = 1;
    static final byte CHECK = 2;
    static final byte STATUS = 3;
    static final byte STOP = 4;
    static final byte CHALLENGE = 5;
    static final byte PROOF = 6;
    static final byte OK = 10;
    static final byte FAILED = 11;
    static final byte CHECKED = 12;
    static final byte STATUS_REPORT = 13;
    static final byte UNCHECKED = 14;

    private DaemonProtocol() {
    }

    /** A message of either side. */
    sealed interface Message permits Hello, Challenge, Proof, Check, Status, Stop, Ok, Failed, Checked, Unchecked,
            StatusReport {}

    /** The client's first message: which protocol it speaks and its fresh nonce. */
    record Hello(int magic, byte[] nonce) implements Message {
        /** A hello of this protocol. */
        Hello(byte[] nonce) {
            this(MAGIC, nonce);
        }
    }

    /** The daemon's answer to a hello: its fresh nonce and its proof that it holds the key. */
    record Challenge(byte[] nonce, byte[] proof) implements Message {}

    /** The client's answer to a challenge it accepted: its proof that it holds the key. */
    record Proof(byte[] proof) implements Message {}

    /** Check {@code parts} (which make up {@code text}) with {@code settings} within {@code budgetMillis}. */
    record Check(LtSettings settings, long budgetMillis, String text, List<ProseUnit.Part> parts) implements Message {
        Check {
            parts = List.copyOf(parts);
        }
    }

    /** Asks the daemon to describe itself. */
    record Status() implements Message {}

    /** Asks the daemon to exit. */
    record Stop() implements Message {}

    /** The daemon accepted a hello or a stop. */
    record Ok() implements Message {}

    /** The daemon refused a hello, or a check failed there, for {@code reason}. */
    record Failed(String reason) implements Message {}

    /** The outcome of a {@link Check}. */
    record Checked(LanguageToolService.Outcome outcome) implements Message {}

    /**
     * LanguageTool threw on the unit of a {@link Check} ({@link LanguageToolFailure}), for {@code reason}: that unit
     * goes unchecked, as in a run's own process, and the connection serves the next check.
     */
    record Unchecked(String reason) implements Message {}

    /** The answer to a {@link Status}: a line for people. */
    record StatusReport(String text) implements Message {}

    /** Writes {@code message} as one frame and flushes. */
    static void write(OutputStream out, Message message) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(buffer);
        if (message instanceof Hello h) {
            d.writeByte(HELLO);
            d.writeInt(h.magic());
            writeBytes(d, h.nonce());
        } else if (message instanceof Challenge c) {
            d.writeByte(CHALLENGE);
            writeBytes(d, c.nonce());
            writeBytes(d, c.proof());
        } else if (message instanceof Proof p) {
            d.writeByte(PROOF);
            writeBytes(d, p.proof());
        } else if (message instanceof Check c) {
            d.writeByte(CHECK);
            LtSettings s = c.settings();
            writeString(d, s.language());
            d.writeBoolean(s.picky());
            writeStrings(d, s.disable());
            writeStrings(d, s.enable());
            d.writeBoolean(s.spellingOnly());
            d.writeLong(c.budgetMillis());
            writeString(d, c.text());
            d.writeInt(c.parts().size());
            for (ProseUnit.Part part : c.parts()) {
                writeString(d, part.text());
                d.writeBoolean(part.markup());
                if (part.markup()) writeString(d, part.interpretAs());
            }
        } else if (message instanceof Status) {
            d.writeByte(STATUS);
        } else if (message instanceof Stop) {
            d.writeByte(STOP);
        } else if (message instanceof Ok) {
            d.writeByte(OK);
        } else if (message instanceof Failed f) {
            d.writeByte(FAILED);
            writeString(d, f.reason());
        } else if (message instanceof Checked c) {
            d.writeByte(CHECKED);
            d.writeBoolean(c.outcome().timedOut());
            d.writeInt(c.outcome().matches().size());
            for (LtMatch m : c.outcome().matches()) {
                writeString(d, m.ruleId());
                writeString(d, m.category());
                d.writeBoolean(m.spelling());
                d.writeInt(m.from());
                d.writeInt(m.to());
                writeString(d, m.message());
                writeStrings(d, m.suggestions());
            }
        } else if (message instanceof Unchecked u) {
            d.writeByte(UNCHECKED);
            writeString(d, u.reason());
        } else if (message instanceof StatusReport r) {
            d.writeByte(STATUS_REPORT);
            writeString(d, r.text());
        } else {
            throw new IllegalArgumentException("not a daemon message: " + message);
        }
        if (buffer.size() > MAX_FRAME) throw new ProtocolException("a message of " + buffer.size() + " bytes is over the "
                + MAX_FRAME + " the other side accepts");
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(buffer.size());
        buffer.writeTo(o);
        o.flush();
    }

    /**
     * Reads one frame of at most {@code maxBytes}; null when the stream ends before it starts (the other side
     * closed between messages). A longer frame, one cut short and one that does not parse are a
     * {@link ProtocolException}.
     */
    static Message read(InputStream in, int maxBytes) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length == 0) return null;
        if (head.length < 4) throw new ProtocolException("truncated frame: the stream ended inside its length");
        int length = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        if (length < 1 || length > maxBytes)
            throw new ProtocolException("frame of " + length + " bytes rejected (at most " + maxBytes + ")");
        // readNBytes grows its buffer as bytes arrive, so a false length costs nothing until they are sent.
        byte[] body = in.readNBytes(length);
        if (body.length < length)
            throw new ProtocolException("truncated frame: " + body.length + " of " + length + " bytes");
        try {
            return decode(body);
        } catch (EOFException e) {
            throw new ProtocolException("truncated message inside a frame of " + length + " bytes");
        }
    }

    private static Message decode(byte[] body) throws IOException {
        Reader r = new Reader(body);
        byte type = r.in.readByte();
        Message m = switch (type) {
            case HELLO -> new Hello(r.in.readInt(), r.bytes());
            case CHALLENGE -> new Challenge(r.bytes(), r.bytes());
            case PROOF -> new Proof(r.bytes());
            case CHECK -> {
                LtSettings s = new LtSettings(r.string(), r.in.readBoolean(), r.strings(), r.strings(), r.in.readBoolean());
                long budget = r.in.readLong();
                String text = r.string();
                int n = r.count(5);
                List<ProseUnit.Part> parts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String partText = r.string();
                    parts.add(new ProseUnit.Part(partText, r.in.readBoolean() ? r.string() : null));
                }
                yield new Check(s, budget, text, parts);
            }
            case STATUS -> new Status();
            case STOP -> new Stop();
            case OK -> new Ok();
            case FAILED -> new Failed(r.string());
            case CHECKED -> {
                boolean timedOut = r.in.readBoolean();
                int n = r.count(25);
                List<LtMatch> matches = new ArrayList<>(n);
                for (int i = 0; i < n; i++)
                    matches.add(new LtMatch(r.string(), r.string(), r.in.readBoolean(), r.in.readInt(), r.in.readInt(),
                            r.string(), r.strings()));
                yield new Checked(new LanguageToolService.Outcome(List.copyOf(matches), timedOut));
            }
            case UNCHECKED -> new Unchecked(r.string());
            case STATUS_REPORT -> new StatusReport(r.string());
            default -> throw new ProtocolException("unknown message type " + type);
        };
        if (r.remaining() > 0) throw new ProtocolException(r.remaining() + " bytes left over after " + m.getClass().getSimpleName());
        return m;
    }

    /** Reads a frame's body, checking every length against what is left of it. */
    private static final class Reader {
        private final ByteArrayInputStream bytes;
        final DataInputStream in;

        Reader(byte[] body) {
            bytes = new ByteArrayInputStream(body);
            in = new DataInputStream(bytes);
        }

        int remaining() {
            return bytes.available();
        }

        /** A count of items that take at least {@code minBytes} each. */
        int count(int minBytes) throws IOException {
            int n = in.readInt();
            if (n < 0 || (long) n * minBytes > remaining())
                throw new ProtocolException("count " + n + " does not fit in the " + remaining() + " bytes left");
            return n;
        }

        byte[] bytes() throws IOException {
            return in.readNBytes(count(1));
        }

        String string() throws IOException {
            int n = count(1);
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            int n = count(4);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(string());
            return out;
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) writeString(out, s);
    }
}
