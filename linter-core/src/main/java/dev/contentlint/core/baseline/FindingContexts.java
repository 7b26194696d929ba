package dev.contentlint.core.baseline;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.readability.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finding in one document stands in, as hashes of normalised text that do not change when the text
 * around it is edited or moved: each sentence of prose, and each source line for findings outside prose
 * (an HTML element, front matter).
 *
 * @param sentences the sentences of the document's prose, in source order
 * @param lines     the hash of each source line's text with its whitespace collapsed, line 1 first
 */
public record FindingContexts(List<Unit> sentences, long[] lines) {
    /** One sentence: where it stands and the hash of its text with whitespace collapsed. */
    public record Unit(Location location, long hash) {}

    public FindingContexts {
        sentences = List.copyOf(sentences);
        lines = lines.clone();
    }

    /** The contexts of {@code document}. */
    public static FindingContexts of(Document document) {
        List<Unit> units = new ArrayList<>();
        for (ProseBlock b : document.prose()) {
            for (Sentence s : SentenceSplitter.split(b.text())) {
                if (s.end() <= s.start()) continue;
                Location at = document.location(b.sourceSpan(s.start(), s.end()));
                units.add(new Unit(at, hash(b.text().substring(s.start(), s.end()))));
            }
        }
        int n = document.source().lineCount();
        long[] lines = new long[n];
        for (int i = 0; i < n; i++) lines[i] = hash(document.source().lineText(i + 1));
        return new FindingContexts(units, lines);
    }

    /**
     * The hash of what a finding at {@code at} stands in: 0 for a finding about the whole file, else the
     * smallest sentence holding its start, else its first line.
     */
    public long contextOf(Location at) {
        if (at.equals(Location.FILE_START)) return 0;
        Unit best = null;
        for (Unit u : sentences) {
            if (!holds(u.location(), at.line(), at.column())) continue;
            if (best == null || span(u.location()) < span(best.location())) best = u;
        }
        if (best != null) return best.hash();
        int line = at.line();
        return line >= 1 && line <= lines.length ? lines[line - 1] : 0;
    }

    private static boolean holds(Location u, int line, int column) {
        boolean afterStart = line > u.line() || (line == u.line() && column >= u.column());
        boolean beforeEnd = line < u.endLine() || (line == u.endLine() && column < u.endColumn());
        return afterStart && beforeEnd;
    }

    private static long span(Location u) {
        return (long) (u.endLine() - u.line()) * 100_000 + (u.endColumn() - u.column());
    }

    /** 64 bits of the SHA-256 of {@code text} with runs of whitespace made one space and the ends trimmed. */
    static long hash(String text) {
        String normal = text.replaceAll("[\\s\\p{Z}]+", " ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = h << 8 | (d[i] & 0xFF);
            return h == 0 ? 1 : h; // 0 stands for the whole file
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
