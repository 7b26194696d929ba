package dev.contentlint.core.baseline;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint a baseline knows a finding by: a hash of its rule, the normalised text of the sentence or
 * line it stands in ({@link FindingContexts}) and its occurrence number among the file's findings of that rule
 * in that text. Line numbers and the message are left out, so moving a paragraph, editing elsewhere in the
 * file or a message that counts days does not make a known finding look new.
 */
public final class BaselineFingerprints {
    private BaselineFingerprints() {
    }

    /** The fingerprint of every finding of {@code result}, which must have computed {@link FindingContextsProduct}. */
    public static Map<Finding, String> of(RunResult result) {
        Map<Finding, String> out = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : result.findings()) out.put(f, of(f, result, seen));
        return out;
    }

    /** The fingerprints of {@code findings} (in output order) under {@code result}'s contexts. */
    public static Map<Finding, String> of(List<Finding> findings, RunResult result) {
        Map<Finding, String> out = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) out.put(f, of(f, result, seen));
        return out;
    }

    private static String of(Finding f, RunResult result, Map<String, Integer> seen) {
        long context = result.product(f.path(), FindingContextsProduct.INSTANCE)
                .map(c -> c.contextOf(f.location()))
                // A file with no parse (unreadable, binary, too large) has one context: itself.
                .orElse(0L);
        String key = f.ruleId() + '\0' + f.path() + '\0' + Long.toHexString(context);
        int occurrence = seen.merge(key, 1, Integer::sum) - 1;
        return sha(f.ruleId() + '\0' + Long.toHexString(context) + '\0' + occurrence);
    }

    private static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
