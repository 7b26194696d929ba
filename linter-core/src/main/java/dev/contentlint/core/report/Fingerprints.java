package dev.contentlint.core.report;

import dev.contentlint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings, so CI systems can tell a new problem from one already known.
 *
 * <p>The fingerprint is the lower-case hex SHA-256 of rule id, path, message and occurrence index, joined
 * by NUL characters. The occurrence index counts earlier findings (in output order) with the same rule,
 * path and message, so identical findings in one file stay distinct. Line and column are left out on
 * purpose: editing lines above a finding must not make it look new.
 */
public final class Fingerprints {
    private Fingerprints() {}

    /** One fingerprint per finding, in the same order. */
    public static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = f.ruleId() + '\0' + f.path() + '\0' + f.message();
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            out.add(sha256(key + '\0' + occurrence));
        }
        return out;
    }

    static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte b : digest) sb.append(Character.forDigit(b >> 4 & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
