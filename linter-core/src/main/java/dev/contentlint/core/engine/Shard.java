package dev.contentlint.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} parts of a run's files, numbered from 1: a file belongs to the part its path picks, by a
 * hash of the path as findings name it (relative to the run's base directory, with {@code /}). The hash is
 * SHA-256, not {@link String#hashCode()}, so every machine and every version assigns a file to the same part,
 * and a path's bytes spread the files evenly whatever their names look like.
 *
 * @param index which part, 1 to {@code count}
 * @param count how many parts the files are split into, at least 1
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1) throw new IllegalArgumentException("a run splits into at least 1 shard, not " + count);
        if (index < 1 || index > count)
            throw new IllegalArgumentException("shard " + index + " of " + count + ": K must be 1 to " + count);
    }

    /**
     * Reads {@code K/N}, as CI systems number their parallel jobs ({@code CI_NODE_INDEX/CI_NODE_TOTAL});
     * the message of the exception says what to write instead.
     */
    public static Shard parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        int index, count;
        try {
            if (slash < 0) throw new NumberFormatException();
            index = Integer.parseInt(s.substring(0, slash).strip());
            count = Integer.parseInt(s.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a shard; write K/N, e.g. 2/4 for the second of four");
        }
        if (count < 1) throw new IllegalArgumentException("'" + text + "': N must be 1 or more");
        if (index < 1 || index > count)
            throw new IllegalArgumentException("'" + text + "': K must be from 1 to " + count + " (shards count from 1)");
        return new Shard(index, count);
    }

    /** Whether the file that findings name {@code relativePath} belongs to this shard. */
    public boolean contains(String relativePath) {
        return of(relativePath, count) == index;
    }

    /** The shard, 1 to {@code count}, that the file named {@code relativePath} belongs to. */
    public static int of(String relativePath, int count) {
        if (count < 1) throw new IllegalArgumentException("count must be at least 1");
        String path = relativePath.replace('\\', '/');
        while (path.startsWith("./")) path = path.substring(2);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        long h = 0;
        for (int i = 0; i < 8; i++) h = (h << 8) | (digest[i] & 0xff);
        return (int) Long.remainderUnsigned(h, count) + 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
