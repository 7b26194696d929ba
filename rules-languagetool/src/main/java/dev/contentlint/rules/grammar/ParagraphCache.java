package dev.contentlint.rules.grammar;

import dev.contentlint.core.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool's results per prose unit, kept across runs in one file of the run cache folder. Read once on
 * first use; on close, entries new in this run are merged with what is on disk then (another run may have
 * written meanwhile) and the file is replaced atomically, so concurrent runs never see half a file and at
 * worst lose each other's newest entries. The file keeps the {@code maxEntries} most recently used entries.
 * A long-lived process that serves many runs (the language server) keeps one {@link #inMemory bounded} cache
 * in memory instead, shared by its runs.
 */
public final class ParagraphCache implements AutoCloseable {
    private static final int MAGIC = 0x4c545031; // "LTP1": bump when the layout changes
    /** About 100 bytes an entry: tens of megabytes at most. */
    public static final int DEFAULT_MAX_ENTRIES = 200_000;

    private final Path file;
    private final int maxEntries;
    private final long now = System.currentTimeMillis();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> added = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    /** Set for a cache held in memory only, within a byte budget; then {@code entries} stays empty. */
    private final RecentResults memory;

    private record Entry(List<LtMatch> matches, long usedAt) {}

    /** A cache stored in {@code file}, or kept in memory only when {@code file} is null. */
    public ParagraphCache(Path file, int maxEntries) {
        this(file, maxEntries, null);
    }

    private ParagraphCache(Path file, int maxEntries, RecentResults memory) {
        this.file = file;
        this.maxEntries = maxEntries;
        this.memory = memory;
    }

    /**
     * A cache in memory only that drops its least recently used results once they take an estimated
     * {@code maxBytes}: one instance can serve every run of a long-lived process without growing.
     */
    public static ParagraphCache inMemory(long maxBytes) {
        return new ParagraphCache(null, 0, new RecentResults(maxBytes));
    }

    public List<LtMatch> get(String key) {
        if (memory != null) return memory.get(key);
        load();
        Entry e = entries.get(key);
        if (e == null) return null;
        if (e.usedAt != now) added.put(key, new Entry(e.matches, now)); // refresh its age on disk
        return e.matches;
    }

    public void put(String key, List<LtMatch> matches) {
        if (memory != null) {
            memory.put(key, matches);
            return;
        }
        Entry e = new Entry(List.copyOf(matches), now);
        entries.put(key, e);
        added.put(key, e);
    }

    /** Entries held now (loaded and added). */
    public int size() {
        if (memory != null) return memory.size();
        load();
        return entries.size();
    }

    private void load() {
        if (loaded) return;
        synchronized (this) {
            if (loaded) return;
            if (file != null) entries.putAll(read(file));
            loaded = true;
        }
    }

    @Override
    public synchronized void close() {
        if (file == null || added.isEmpty()) return;
        Map<String, Entry> merged = new HashMap<>(read(file));
        merged.putAll(added);
        List<Map.Entry<String, Entry>> keep = new ArrayList<>(merged.entrySet());
        if (keep.size() > maxEntries) {
            keep.sort(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().usedAt).reversed());
            keep = keep.subList(0, maxEntries);
        }
        List<Map.Entry<String, Entry>> out = keep;
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream d = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                d.writeInt(MAGIC);
                d.writeInt(out.size());
                for (Map.Entry<String, Entry> e : out) write(d, e.getKey(), e.getValue());
                d.flush();
            });
            added.clear();
        } catch (IOException | RuntimeException e) {
            // The cache only saves time: a read-only or full disk must not fail the run.
        }
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> out = new HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        try (InputStream in = Files.newInputStream(file);
             DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (d.readInt() != MAGIC) return out;
            int n = d.readInt();
            for (int i = 0; i < n; i++) {
                String key = d.readUTF();
                long usedAt = d.readLong();
                int m = d.readInt();
                if (m < 0 || m > 100_000) throw new IOException("corrupt entry");
                List<LtMatch> matches = new ArrayList<>(m);
                for (int j = 0; j < m; j++) matches.add(readMatch(d));
                out.put(key, new Entry(List.copyOf(matches), usedAt));
            }
            return out;
        } catch (EOFException e) {
            return new HashMap<>(); // truncated by something else than us: start over
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
    }

    private static void write(DataOutputStream d, String key, Entry e) throws IOException {
        d.writeUTF(key);
        d.writeLong(e.usedAt);
        d.writeInt(e.matches.size());
        for (LtMatch m : e.matches) {
            d.writeUTF(m.ruleId());
            d.writeUTF(m.category());
            d.writeBoolean(m.spelling());
            d.writeInt(m.from());
            d.writeInt(m.to());
            writeLong(d, m.message());
            d.writeInt(m.suggestions().size());
            for (String s : m.suggestions()) writeLong(d, s);
        }
    }

    private static LtMatch readMatch(DataInputStream d) throws IOException {
        String rule = d.readUTF();
        String category = d.readUTF();
        boolean spelling = d.readBoolean();
        int from = d.readInt();
        int to = d.readInt();
        String message = readLong(d);
        int n = d.readInt();
        if (n < 0 || n > 1000) throw new IOException("corrupt entry");
        List<String> suggestions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) suggestions.add(readLong(d));
        return new LtMatch(rule, category, spelling, from, to, message, suggestions);
    }

    /** writeUTF stops at 64 KB; messages and suggestions are short, but a length prefix costs nothing. */
    private static void writeLong(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String readLong(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("corrupt entry");
        return new String(d.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }
}
