package dev.contentlint.rules.grammar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proofs of the hello step, in which client and daemon each show that they hold the key of the state file
 * without sending it: the client sends a fresh nonce; the daemon answers with a nonce of its own and an
 * HMAC-SHA256 over both; only when that is right does the client answer with its own HMAC over both, which the
 * daemon checks before it takes a request. The two HMACs are labelled by side, so neither side's proof can be
 * played back as the other's, and fresh nonces on both sides keep an old exchange from being replayed.
 */
final class DaemonHandshake {
    /** The length of each side's nonce. */
    static final int NONCE_BYTES = 32;
    /** The length of a key in the state file. */
    static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private DaemonHandshake() {
    }

    /** A fresh random nonce, or key. */
    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    /** What the daemon shows the client. */
    static byte[] daemonProof(byte[] key, byte[] clientNonce, byte[] daemonNonce) {
        return mac(key, "contentlint daemon", clientNonce, daemonNonce);
    }

    /** What the client shows the daemon. */
    static byte[] clientProof(byte[] key, byte[] clientNonce, byte[] daemonNonce) {
        return mac(key, "contentlint client", clientNonce, daemonNonce);
    }

    /** Whether {@code shown} is {@code expected}, in a time that does not depend on where they differ. */
    static boolean matches(byte[] expected, byte[] shown) {
        return MessageDigest.isEqual(expected, shown);
    }

    private static byte[] mac(byte[] key, String side, byte[] clientNonce, byte[] daemonNonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(side.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            mac.update(clientNonce);
            mac.update(daemonNonce);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
