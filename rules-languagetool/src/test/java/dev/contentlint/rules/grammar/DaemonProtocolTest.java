package dev.contentlint.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daemon's messages survive the trip through one frame each, and the reader rejects frames over its cap,
 * cut short or holding something else than one whole message.
 */
class DaemonProtocolTest {
    private static final LtMatch MATCH = new LtMatch("EN_A_VS_AN", "MISC", false, 8, 10,
            "Use \"a\" instead of \"an\" — the next word starts with a consonant sound.", List.of("a", "ä"));

    private static byte[] frame(DaemonProtocol.Message m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DaemonProtocol.write(out, m);
        return out.toByteArray();
    }

    private static DaemonProtocol.Message roundTrip(DaemonProtocol.Message m) throws IOException {
        InputStream in = new ByteArrayInputStream(frame(m));
        DaemonProtocol.Message back = DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME);
        assertEquals(-1, in.read(), "one frame, read to its end: " + m);
        return back;
    }

    @Test
    void everyMessageTypeComesBackEqual() throws IOException {
        List<DaemonProtocol.Message> all = List.of(
                new DaemonProtocol.Check(new LtSettings("en-GB", true, List.of("STYLE", "COMMA"), List.of("X"), false),
                        10_000, "An `x` here — ünïcode.", List.of(new ProseUnit.Part("An ", null),
                        new ProseUnit.Part("`x`", "x"), new ProseUnit.Part(" here — ünïcode.", null))),
                new DaemonProtocol.Check(LtSettings.spelling("en-US"), 0, "", List.of()),
                new DaemonProtocol.Status(),
                new DaemonProtocol.Stop(),
                new DaemonProtocol.Ok(),
                new DaemonProtocol.Failed("java.lang.IllegalStateException: out of memory"),
                new DaemonProtocol.Checked(new LanguageToolService.Outcome(List.of(MATCH,
                        new LtMatch("MORFOLOGIK_RULE_EN_US", "TYPOS", true, 0, 3, "Possible spelling mistake.", List.of())),
                        false)),
                new DaemonProtocol.Checked(new LanguageToolService.Outcome(List.of(), true)),
                new DaemonProtocol.Unchecked("Could not check sentence: toPos 12 < fromPos 14"),
                new DaemonProtocol.StatusReport("pid 12, up 3 s, 0 checks"));
        for (DaemonProtocol.Message m : all) assertEquals(m, roundTrip(m));
    }

    @Test
    void theMessagesOfTheHelloStepComeBackWholeAndFitTheCapBeforeAuthentication() throws IOException {
        byte[] nonce = DaemonHandshake.random(DaemonHandshake.NONCE_BYTES);
        byte[] proof = DaemonHandshake.daemonProof(DaemonHandshake.random(DaemonHandshake.KEY_BYTES), nonce, nonce);
        DaemonProtocol.Hello hello = (DaemonProtocol.Hello) roundTrip(new DaemonProtocol.Hello(nonce));
        assertEquals(DaemonProtocol.MAGIC, hello.magic());
        assertArrayEquals(nonce, hello.nonce());
        DaemonProtocol.Challenge challenge = (DaemonProtocol.Challenge) roundTrip(new DaemonProtocol.Challenge(nonce, proof));
        assertArrayEquals(nonce, challenge.nonce());
        assertArrayEquals(proof, challenge.proof());
        assertArrayEquals(proof, ((DaemonProtocol.Proof) roundTrip(new DaemonProtocol.Proof(proof))).proof());
        for (DaemonProtocol.Message m : List.of(hello, challenge, new DaemonProtocol.Proof(proof),
                new DaemonProtocol.Failed("not authenticated")))
            assertTrue(frame(m).length < 100, "a message of the hello step is well under the cap: " + m);
    }

    @Test
    void theTwoSidesProofsDifferAndDependOnKeyAndBothNonces() {
        byte[] key = DaemonHandshake.random(DaemonHandshake.KEY_BYTES);
        byte[] a = DaemonHandshake.random(DaemonHandshake.NONCE_BYTES);
        byte[] b = DaemonHandshake.random(DaemonHandshake.NONCE_BYTES);
        byte[] daemon = DaemonHandshake.daemonProof(key, a, b);
        assertEquals(32, daemon.length);
        assertTrue(DaemonHandshake.matches(daemon, DaemonHandshake.daemonProof(key, a, b)));
        assertFalse(DaemonHandshake.matches(daemon, DaemonHandshake.clientProof(key, a, b)), "a proof of one side is not the other's");
        assertFalse(DaemonHandshake.matches(daemon, DaemonHandshake.daemonProof(key, b, a)));
        assertFalse(DaemonHandshake.matches(daemon, DaemonHandshake.daemonProof(key, a, a)));
        assertFalse(DaemonHandshake.matches(daemon, DaemonHandshake.daemonProof(DaemonHandshake.random(32), a, b)));
        assertFalse(DaemonHandshake.matches(daemon, Arrays.copyOf(daemon, 31)), "a prefix is no proof");
    }

    @Test
    void framesFollowOneAnotherAndTheEndOfTheStreamBetweenThemIsNoMessage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DaemonProtocol.write(out, new DaemonProtocol.Status());
        DaemonProtocol.write(out, new DaemonProtocol.StatusReport("up"));
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(new DaemonProtocol.Status(), DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME));
        assertEquals(new DaemonProtocol.StatusReport("up"), DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME));
        assertNull(DaemonProtocol.read(in, DaemonProtocol.MAX_FRAME));
    }

    @Test
    void everyTruncationOfAFrameIsRejected() throws IOException {
        byte[] whole = frame(new DaemonProtocol.Checked(new LanguageToolService.Outcome(List.of(MATCH), false)));
        for (int cut = 1; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> DaemonProtocol.read(new ByteArrayInputStream(part), DaemonProtocol.MAX_FRAME), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("truncated frame"), e.getMessage());
        }
    }

    @Test
    void aFrameOverTheCapIsRejectedBeforeItsBodyIsRead() throws IOException {
        byte[] hello = frame(new DaemonProtocol.Hello(new byte[DaemonProtocol.MAX_UNAUTHENTICATED_FRAME]));
        ByteArrayInputStream in = new ByteArrayInputStream(hello);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> DaemonProtocol.read(in, DaemonProtocol.MAX_UNAUTHENTICATED_FRAME));
        assertTrue(e.getMessage().contains("at most " + DaemonProtocol.MAX_UNAUTHENTICATED_FRAME), e.getMessage());
        assertEquals(hello.length - 4, in.available(), "only the length was read");

        InputStream claimsAGigabyte = new ByteArrayInputStream(new byte[] {0x40, 0, 0, 0, 3});
        assertThrows(ProtocolException.class, () -> DaemonProtocol.read(claimsAGigabyte, DaemonProtocol.MAX_FRAME));
        InputStream negative = new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe});
        assertThrows(ProtocolException.class, () -> DaemonProtocol.read(negative, DaemonProtocol.MAX_FRAME));
        assertThrows(ProtocolException.class,
                () -> DaemonProtocol.write(new ByteArrayOutputStream(), new DaemonProtocol.StatusReport("x".repeat(DaemonProtocol.MAX_FRAME))),
                "the writer refuses what the reader would");
    }

    @Test
    void aFrameThatIsNotOneWholeMessageIsRejected() throws IOException {
        // An unknown type, a string longer than its frame, a list count beyond it, and bytes left over.
        assertRejected(body(d -> d.writeByte(99)), "unknown message type 99");
        assertRejected(body(d -> {
            d.writeByte(DaemonProtocol.STATUS_REPORT);
            d.writeInt(1000);
            d.write(new byte[10]);
        }), "does not fit");
        assertRejected(body(d -> {
            d.writeByte(DaemonProtocol.FAILED);
            d.writeInt(Integer.MAX_VALUE);
        }), "does not fit");
        assertRejected(body(d -> {
            d.writeByte(DaemonProtocol.CHECKED);
            d.writeBoolean(false);
            d.writeInt(-1);
        }), "does not fit");
        assertRejected(body(d -> {
            d.writeByte(DaemonProtocol.STATUS);
            d.writeByte(0);
        }), "left over");
        assertRejected(body(d -> d.writeByte(DaemonProtocol.HELLO)), "truncated message");
    }

    private interface Body {
        void write(DataOutputStream d) throws IOException;
    }

    private static byte[] body(Body b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.write(new DataOutputStream(bytes));
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(framed);
        d.writeInt(bytes.size());
        bytes.writeTo(d);
        return framed.toByteArray();
    }

    private static void assertRejected(byte[] frame, String why) {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> DaemonProtocol.read(new ByteArrayInputStream(frame), DaemonProtocol.MAX_FRAME));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
