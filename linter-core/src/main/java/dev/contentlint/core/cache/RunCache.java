package dev.contentlint.core.cache;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.io.AtomicFiles;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * The run-level cache: the findings of one file and the other data a run keeps of it, stored under a key that changes whenever anything they
 * depend on changes (the file's bytes, the effective config, the tool version and whatever else the caller
 * mixes in), one file per key. Entries are written to a temporary file and moved into place, so concurrent
 * runs sharing the folder never see half an entry. Each entry holds its own key and a CRC32C of all its bytes:
 * an entry whose checksum or key does not match, that is cut short or does not parse is a miss, never served,
 * and the run that misses writes it again. Paths are not stored: the same content under another name gets its
 * findings under that name.
 *
 * <p>A read marks its entry used (its modification time); {@link #prune()} removes entries unused for longer
 * than the age limit, then the least recently used until the folder is within the size limit.
 */
public final class RunCache {
    private static final int MAGIC = 0x434c4334; // "CLC4": bump when the entry layout changes
    private static final String VERSION = toolVersion();
    /** An entry's file name: the key, less the two characters of its folder. */
    private static final java.util.regex.Pattern ENTRY_NAME = java.util.regex.Pattern.compile("[0-9a-f]{62}");

    /**
     * How much the cache keeps (the settings {@code cache-max-size} and {@code cache-max-age}).
     *
     * @param maxBytes the most the entries may take together; 0 for no size limit
     * @param maxAge   how long an entry unused is kept; zero for no age limit
     */
    public record Limits(long maxBytes, Duration maxAge) {
        /** 256 MiB and 30 days: some 50,000 files' entries, and a month without a run over a branch. */
        public static final Limits DEFAULT = new Limits(256L << 20, Duration.ofDays(30));

        public Limits {
            if (maxBytes < 0 || maxAge.isNegative()) throw new IllegalArgumentException("negative cache limit");
        }
    }

    private final Path directory;
    private final Limits limits;
    private final AtomicBoolean written = new AtomicBoolean();

    /** A cache in {@code directory} with the default limits. */
    public RunCache(Path directory) {
        this(directory, Limits.DEFAULT);
    }

    /** A cache in {@code directory} that {@link #prune()} keeps within {@code limits}. */
    public RunCache(Path directory, Limits limits) {
        this.directory = directory;
        this.limits = limits;
    }

    /**
     * The version that writes entries: the core jar's manifest, else the version the build filtered into
     * {@code version.properties}, else {@code dev}.
     */
    public static String toolVersion() {
        Package p = RunCache.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        if (v != null && !v.isBlank()) return v;
        try (java.io.InputStream in = RunCache.class.getResourceAsStream("version.properties")) {
            if (in == null) return "dev";
            java.util.Properties props = new java.util.Properties();
            props.load(in);
            String filtered = props.getProperty("version", "dev");
            return filtered.startsWith("${") ? "dev" : filtered;
        } catch (IOException e) {
            return "dev";
        }
    }

    /**
     * The key of one file's findings: SHA-256 over the tool version, every part of {@code context} (config
     * fingerprint, the file's config path, the run's date, ...) and the content.
     */
    public static String key(byte[] content, String... context) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        update(sha, VERSION);
        for (String part : context) update(sha, part == null ? "\u0000null" : part);
        sha.update(content);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
        sha.update(b);
    }

    /**
     * What a run stored for one file.
     *
     * @param findings the file's findings
     * @param parts    other data computed from the file (corpus rule summaries, document products), by a name
     *                 the caller chooses, in the form the caller wrote; a null value says it was computed and
     *                 there was nothing, an absent name that it was not stored and the file must be parsed again
     */
    public record Entry(List<Finding> findings, Map<String, String> parts) {
        public Entry {
            findings = List.copyOf(findings);
            parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /**
     * The entry stored under {@code key}, its findings renamed to {@code path}; empty when absent, unreadable or
     * not intact (its checksum or key does not match).
     */
    public Optional<Entry> read(String key, String path) {
        Path file = entry(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Optional<Entry> entry = intact(bytes, key) ? parse(bytes, path) : Optional.empty();
        if (entry.isPresent()) {
            try {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } catch (IOException | RuntimeException e) {
                // only its place in the eviction order is lost
            }
        }
        return entry;
    }

    /** Whether {@code bytes} end with the CRC32C of what comes before and begin with this layout and {@code key}. */
    private static boolean intact(byte[] bytes, String key) {
        byte[] expectedKey = key.getBytes(StandardCharsets.UTF_8);
        int head = 4 + 4 + expectedKey.length;
        if (bytes.length < head + 4) return false;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if ((int) crc.getValue() != b.getInt(bytes.length - 4) || b.getInt(0) != MAGIC || b.getInt(4) != expectedKey.length)
            return false;
        return Arrays.equals(bytes, 8, head, expectedKey, 0, expectedKey.length);
    }

    private static Optional<Entry> parse(byte[] bytes, String path) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
            in.readInt();
            readString(in); // the key, checked already
            int n = checkLength(in.readInt(), in);
            List<Finding> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(readFinding(in, path));
            int m = checkLength(in.readInt(), in);
            Map<String, String> parts = new LinkedHashMap<>();
            for (int i = 0; i < m; i++) parts.put(readString(in), readString(in));
            if (in.read() != -1) return Optional.empty(); // trailing bytes: not an entry we wrote
            return Optional.of(new Entry(out, parts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a corrupt or truncated entry is a miss; the next put replaces it
        }
    }

    /** Stores {@code entry} under {@code key}; a failure to write only costs the next run the work. */
    public void write(String key, Entry entry) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeInt(MAGIC);
                writeString(out, key);
                out.writeInt(entry.findings().size());
                for (Finding f : entry.findings()) writeFinding(out, f);
                out.writeInt(entry.parts().size());
                for (Map.Entry<String, String> e : entry.parts().entrySet()) {
                    writeString(out, e.getKey());
                    writeString(out, e.getValue());
                }
            }
            CRC32C crc = new CRC32C();
            crc.update(buffer.toByteArray());
            new DataOutputStream(buffer).writeInt((int) crc.getValue());
            AtomicFiles.write(entry(key), out -> buffer.writeTo(out));
            written.set(true);
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: a read-only or full disk must not fail the run.
        }
    }

    /**
     * Removes the entries unused for longer than the age limit, then the least recently used ones until the rest
     * are within the size limit. Does nothing when this cache wrote no entry, since a run that only read cannot
     * have made it grow (entries it would have aged out wait for the next run that writes).
     */
    public void prune() {
        if (!written.get() || !Files.isDirectory(directory)) return;
        record Stored(Path file, long bytes, long used) {}
        List<Stored> stored = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (name.length() != 2 || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) continue;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path f : files) {
                        if (!ENTRY_NAME.matcher(f.getFileName().toString()).matches()) continue;
                        try {
                            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                            if (a.isRegularFile()) stored.add(new Stored(f, a.size(), a.lastModifiedTime().toMillis()));
                        } catch (IOException e) {
                            // removed by another run meanwhile
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // pruning is housekeeping: it must not fail the run
        }
        stored.sort(java.util.Comparator.comparingLong(Stored::used).reversed());
        long oldest = limits.maxAge().isZero() ? Long.MIN_VALUE : System.currentTimeMillis() - limits.maxAge().toMillis();
        long most = limits.maxBytes() == 0 ? Long.MAX_VALUE : limits.maxBytes();
        long total = 0;
        for (Stored e : stored) {
            total += e.bytes();
            if (e.used() >= oldest && total <= most) continue;
            try {
                Files.deleteIfExists(e.file());
            } catch (IOException | RuntimeException x) {
                // another run may hold it; the next prune tries again
            }
        }
    }

    private Path entry(String key) {
        // Two-level layout keeps folders small on large sites.
        return directory.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static void writeFinding(DataOutputStream out, Finding f) throws IOException {
        writeString(out, f.ruleId());
        out.writeByte(f.severity().ordinal());
        writeString(out, f.message());
        writeLocation(out, f.location());
        out.writeInt(f.fixes().size());
        for (Fix x : f.fixes()) {
            writeLocation(out, x.location());
            writeString(out, x.replacement());
            writeString(out, x.description());
            out.writeByte(x.safety() == null ? -1 : x.safety().ordinal());
        }
        out.writeInt(f.properties().size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(f.properties()).entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Finding readFinding(DataInputStream in, String path) throws IOException {
        String rule = readString(in);
        Severity severity = Severity.values()[in.readByte()];
        String message = readString(in);
        Location location = readLocation(in);
        int fixes = in.readInt();
        List<Fix> fx = new ArrayList<>();
        for (int i = 0; i < fixes; i++) {
            Location at = readLocation(in);
            String replacement = readString(in);
            String description = readString(in);
            byte safety = in.readByte();
            fx.add(new Fix(at, replacement, description, safety < 0 ? null : FixSafety.values()[safety]));
        }
        int props = in.readInt();
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < props; i++) p.put(readString(in), readString(in));
        return new Finding(rule, severity, message, path, location, fx, p);
    }

    private static void writeLocation(DataOutputStream out, Location l) throws IOException {
        out.writeInt(l.line());
        out.writeInt(l.column());
        out.writeInt(l.endLine());
        out.writeInt(l.endColumn());
    }

    private static Location readLocation(DataInputStream in) throws IOException {
        return new Location(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) { out.writeInt(-1); return; }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        return new String(in.readNBytes(checkLength(n, in)), StandardCharsets.UTF_8);
    }

    private static int checkLength(int n, DataInputStream in) throws IOException {
        if (n > in.available()) throw new IOException("truncated entry");
        return n;
    }
}
